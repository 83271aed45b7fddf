package org.lowshire.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.support.Deployments;

/** The audit choke point on the real PostgreSQL: transactions, concurrency, and the database's own guarantees. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(AuditTrailIT.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditChainer chainer;

    @Inject
    AuditVerification verification;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource app;

    @Resource(lookup = "java:jboss/datasources/PortalMigrationDS")
    DataSource owner;

    static AuditEntry viewOf(String recordId) {
        return AuditEntry.of(AuditAction.VIEW)
                .target("TEST_RECORD", recordId, "TST-" + recordId)
                .persons(List.of("person-" + recordId));
    }

    @Test
    void aChangeThatRollsBackLeavesNoEvent() throws Exception {
        String id = UUID.randomUUID().toString();
        tx.begin();
        audit.record(viewOf(id));
        tx.rollback();
        assertEquals(0, count(id));
    }

    @Test
    void aCommittedChangeLeavesExactlyItsEvent() throws Exception {
        String id = UUID.randomUUID().toString();
        tx.begin();
        audit.record(viewOf(id));
        tx.commit();
        assertEquals(1, count(id));
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class, () -> audit.record(viewOf("no-tx")));
    }

    @Test
    void aDeniedAttemptIsKeptEvenWhenItsTransactionRollsBack() throws Exception {
        String id = UUID.randomUUID().toString();
        tx.begin();
        audit.recordSeparately(viewOf(id).outcome(AuditOutcome.DENIED));
        tx.rollback();
        assertEquals(1, count(id));
    }

    @Test
    void eightThreadsAppendingTogetherKeepOneValidChain() throws Exception {
        String batch = UUID.randomUUID().toString();
        var pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            Callable<Integer> job = () -> {
                for (int i = 0; i < 50; i++) {
                    tx.begin();
                    audit.record(viewOf(batch + "-" + thread + "-" + i));
                    tx.commit();
                }
                return 50;
            };
            results.add(pool.submit(job));
        }
        for (var r : results) {
            assertEquals(50, r.get());
        }
        pool.shutdown();
        chainUntilDone();
        assertEquals(400, chainedCount(batch));
        var result = verification.verify(AuditVerification.Trigger.REQUESTED, "test");
        assertTrue(result.valid(), result.reason());
    }

    @Test
    void theApplicationRoleCanOnlyInsertAndRead() throws Exception {
        tx.begin();
        audit.record(viewOf("rights"));
        tx.commit();
        chainUntilDone();
        try (var c = app.getConnection();
                var s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update portal.audit_event set action = 'X'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from portal.audit_event"));
            assertThrows(SQLException.class, () -> s.execute("truncate portal.audit_event"));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from portal.audit_chain"));
            assertThrows(SQLException.class, () -> s.executeUpdate("update portal.audit_checkpoint set seq = 0"));
        }
    }

    @Test
    void triggersStopEvenTheOwnerFromChangingTheTrail() throws Exception {
        tx.begin();
        audit.record(viewOf("owner"));
        tx.commit();
        chainUntilDone();
        try (var c = owner.getConnection();
                var s = c.createStatement()) {
            assertRefused(() -> s.executeUpdate("update portal.audit_event set action = 'X'"));
            assertRefused(() -> s.executeUpdate("delete from portal.audit_event"));
            assertRefused(() -> s.execute("truncate portal.audit_event"));
            assertRefused(() -> s.execute("truncate portal.audit_chain, portal.audit_checkpoint"));
            assertRefused(() -> s.executeUpdate("delete from portal.audit_checkpoint"));
        }
    }

    interface Sql {
        void run() throws SQLException;
    }

    static void assertRefused(Sql sql) {
        var e = assertThrows(SQLException.class, sql::run);
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
    }

    void chainUntilDone() throws Exception {
        // The scheduled chainer runs every second too; whoever holds the lock links the events.
        for (int i = 0; i < 30 && pendingCount() > 0; i++) {
            chainer.chainPending();
            Thread.sleep(200);
        }
        assertEquals(0, pendingCount(), "every committed event is chained");
    }

    private long pendingCount() throws SQLException {
        return scalar(
                "select count(*) from portal.audit_event e where not exists"
                        + " (select 1 from portal.audit_chain c where c.event_id = e.id)",
                null);
    }

    private long count(String recordId) throws SQLException {
        return scalar("select count(*) from portal.audit_event where target_id = ?", recordId);
    }

    private long chainedCount(String batch) throws SQLException {
        return scalar(
                "select count(*) from portal.audit_event e join portal.audit_chain c on c.event_id = e.id"
                        + " where e.target_id like ?",
                batch + "-%");
    }

    private long scalar(String sql, String param) throws SQLException {
        try (var c = app.getConnection();
                var s = c.prepareStatement(sql)) {
            if (param != null) {
                s.setString(1, param);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
