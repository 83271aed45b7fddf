package org.lowshire.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.audit.chain.VerificationResult;
import org.lowshire.portal.support.Deployments;

/**
 * Tampering done the way a database administrator could: as the schema owner, triggers disabled, directly in
 * PostgreSQL. Each attack runs in a transaction that is rolled back afterwards, and the verifier, reading through
 * that same transaction, must name the first bad sequence number.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTamperIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(AuditTamperIT.class, AuditTrailIT.class, Tampering.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditChainer chainer;

    @Inject
    AuditVerification verification;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/PortalMigrationDS")
    DataSource owner;

    private long head;
    private long victim;

    @BeforeEach
    void aChainOfAtLeast2500EventsWithCheckpoints() throws Exception {
        tx.begin();
        for (int i = 0; i < 2500; i++) {
            audit.recordAs(Actor.system("tamper-test"), Instant.now(), AuditTrailIT.viewOf("tamper-" + i));
        }
        tx.commit();
        for (int i = 0; i < 30 && pending() > 0; i++) {
            chainer.chainPending();
            Thread.sleep(200);
        }
        assertEquals(0, pending());
        try (Connection c = owner.getConnection()) {
            head = scalar(c, "select max(seq) from portal.audit_chain");
        }
        victim = head - 1200;
        try (Connection c = owner.getConnection()) {
            assertTrue(verification.check(c).valid(), "the chain is intact before each attack");
        }
    }

    @Test
    void updatingAFieldIsFoundAtThatEntry() throws Exception {
        var result = attack(c -> exec(
                c, "update portal.audit_event set actor_username = 'someone-else' where id = " + eventAt(c, victim)));
        assertBad(result, victim, "altered");
    }

    @Test
    void deletingAnEventIsFoundAtItsEntry() throws Exception {
        var result = attack(c -> exec(c, "delete from portal.audit_event where id = " + eventAt(c, victim)));
        assertBad(result, victim, "deleted");
    }

    @Test
    void insertingAnEventInTheMiddleIsFound() throws Exception {
        var result = attackExpecting(c -> {
            long free = scalar(
                    c,
                    "select min(e.id) + 1 from portal.audit_event e where e.id >= " + eventAt(c, victim)
                            + " and not exists (select 1 from portal.audit_event f where f.id = e.id + 1)");
            exec(
                    c,
                    "insert into portal.audit_event (id, occurred_at, action, outcome, actor_username) values (" + free
                            + ", now() - interval '1 hour', 'VIEW', 'SUCCESS', 'intruder')");
            return scalar(c, "select min(seq) from portal.audit_chain where event_id > " + free);
        });
        assertFalse(result.result.valid());
        assertEquals(result.expected, result.result.firstBadSeq(), result.result.reason());
        assertTrue(result.result.reason().contains("not in the chain"), result.result.reason());
    }

    @Test
    void reorderingTwoEntriesIsFound() throws Exception {
        var result = attack(c -> {
            long a = eventAt(c, victim);
            long b = eventAt(c, victim + 1);
            exec(c, "update portal.audit_chain set event_id = -1 where seq = " + victim);
            exec(
                    c,
                    "update portal.audit_chain set event_id = " + a + ", event_time = (select event_time from"
                            + " portal.audit_chain where seq = " + victim + ") where seq = " + (victim + 1));
            exec(
                    c,
                    "update portal.audit_chain set event_id = " + b + ", event_time = (select occurred_at from"
                            + " portal.audit_event where id = " + b + ") where seq = " + victim);
        });
        assertBad(result, victim, "altered");
    }

    @Test
    void truncatingTheTailIsFoundEvenWithItsCheckpointsGone() throws Exception {
        long keep = head - 1500;
        var result = attack(c -> {
            exec(c, "delete from portal.audit_checkpoint where seq > " + keep);
            exec(
                    c,
                    "delete from portal.audit_event e using portal.audit_chain ch where ch.event_id = e.id"
                            + " and ch.seq > " + keep);
            exec(c, "delete from portal.audit_chain where seq > " + keep);
        });
        assertBad(result, keep + 1, "removed");
    }

    @Test
    void rewritingTheChainWithRecomputedHashesFailsAtTheCheckpoint() throws Exception {
        var result = attackExpecting(c -> {
            exec(c, "update portal.audit_event set actor_username = 'someone-else' where id = " + eventAt(c, victim));
            List<Object[]> updates = Tampering.recomputedLinks(c, victim);
            try (var u = c.prepareStatement("update portal.audit_chain set prev_hash = ?, hash = ? where seq = ?")) {
                for (Object[] row : updates) {
                    u.setBytes(1, (byte[]) row[1]);
                    u.setBytes(2, (byte[]) row[2]);
                    u.setLong(3, (Long) row[0]);
                    u.addBatch();
                }
                u.executeBatch();
            }
            return scalar(c, "select max(seq) from portal.audit_checkpoint where seq < " + victim) + 1;
        });
        assertFalse(result.result.valid());
        assertEquals(result.expected, result.result.firstBadSeq(), result.result.reason());
        assertTrue(result.result.reason().contains("rewritten"), result.result.reason());
    }

    interface Attack {
        Long run(Connection c) throws SQLException;
    }

    interface VoidAttack {
        void run(Connection c) throws SQLException;
    }

    record Outcome(VerificationResult result, Long expected) {}

    private VerificationResult attack(VoidAttack attack) throws SQLException {
        return attackExpecting(c -> {
                    attack.run(c);
                    return null;
                })
                .result;
    }

    private Outcome attackExpecting(Attack attack) throws SQLException {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                exec(c, "alter table portal.audit_event disable trigger user");
                exec(c, "alter table portal.audit_chain disable trigger user");
                exec(c, "alter table portal.audit_checkpoint disable trigger user");
                Long expected = attack.run(c);
                return new Outcome(verification.check(c), expected);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static void assertBad(VerificationResult result, long seq, String why) {
        assertFalse(result.valid(), "the tampering must be found");
        assertEquals(seq, result.firstBadSeq(), result.reason());
        assertTrue(result.reason().contains(why), result.reason());
    }

    private static long eventAt(Connection c, long seq) throws SQLException {
        return scalar(c, "select event_id from portal.audit_chain where seq = " + seq);
    }

    private long pending() throws SQLException {
        try (Connection c = owner.getConnection()) {
            return scalar(
                    c,
                    "select count(*) from portal.audit_event e where not exists"
                            + " (select 1 from portal.audit_chain ch where ch.event_id = e.id)");
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
