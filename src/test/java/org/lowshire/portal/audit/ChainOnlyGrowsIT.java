package org.lowshire.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lowshire.portal.audit.Tampering.exec;
import static org.lowshire.portal.audit.Tampering.putBack;
import static org.lowshire.portal.audit.Tampering.save;
import static org.lowshire.portal.audit.Tampering.scalar;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.logging.Logger;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.audit.chain.AnchorRecord;
import org.lowshire.portal.audit.chain.SigningKey;
import org.lowshire.portal.audit.chain.VerificationResult;
import org.lowshire.portal.support.Deployments;

/**
 * Tampering committed to the database while the chainer keeps running, each case named by the entry it must be
 * found at. Afterwards each case puts back what it changed and, where chaining halted, resumes it the audited way:
 * the halt never lifts by itself, even once the chain is whole again.
 */
@ExtendWith(ArquillianExtension.class)
class ChainOnlyGrowsIT {

    private static final Logger LOG = Logger.getLogger(ChainOnlyGrowsIT.class);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ChainOnlyGrowsIT.class, Tampering.class, AuditTrailIT.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditChainer chainer;

    @Inject
    AuditChainGuard guard;

    @Inject
    AuditSigning signing;

    @Inject
    AuditVerification verification;

    @Inject
    AuditChainControl control;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/PortalMigrationDS")
    DataSource owner;

    private Tampering db;
    private long anchored;
    private long victim;

    @BeforeEach
    void aQuietChainAnchoredAtItsHead() throws Exception {
        db = new Tampering(owner);
        assertFalse(guard.isHalted(), "chaining was left halted");
        for (int run = 0; run < 3; run++) {
            record(200, "grows-" + run);
            awaitChained();
        }
        anchored = signing.anchor().latest().seq();
        assertEquals(db.scalar("select max(seq) from portal.audit_chain"), anchored, "anchored at the head");
        victim = db.scalar("select max(c.seq) from portal.audit_chain c where c.seq < " + (anchored - 250)
                + " and not exists (select 1 from portal.audit_checkpoint k where k.seq in (c.seq, c.seq + 1))");
        assertValid();
    }

    @AfterEach
    void theChainIsWholeAndGrowingAgain() throws Exception {
        if (guard.isHalted()) {
            assertEquals(AuditChainGuard.Resumed.INTACT, guard.resume(false, "restored by the test"));
        }
        record(5, "after");
        awaitChained();
        assertValid();
    }

    @Test
    void theAnchorCheckBeforeEachRunIsAFewIndexLookups() throws Exception {
        try (Connection c = owner.getConnection()) {
            long head = scalar(c, "select max(seq) from portal.audit_chain");
            for (int i = 0; i < 50; i++) {
                guard.problem(c, head);
            }
            long started = System.nanoTime();
            for (int i = 0; i < 500; i++) {
                assertEquals(null, guard.problem(c, head));
            }
            double micros = (System.nanoTime() - started) / 500 / 1000.0;
            LOG.infof("anchor check: %.0f us per chainer run (chain of %d entries)", micros, head);
            assertTrue(micros < 5000, micros + " us");
        }
    }

    @Test
    void anAlteredFieldIsFoundAtItsEntry() throws Exception {
        long event = eventAt(victim);
        db.commit(c -> {
            save(c, "tamper_event", "select * from portal.audit_event where id = " + event);
            exec(c, "update portal.audit_event set actor_username = 'someone-else' where id = " + event);
        });
        try {
            assertFoundAt(victim, "altered", false);
        } finally {
            db.commit(c -> {
                exec(c, "delete from portal.audit_event where id = " + event);
                putBack(c, "tamper_event", "audit_event");
            });
        }
    }

    @Test
    void aDeletedEventIsFoundAtItsEntry() throws Exception {
        long event = eventAt(victim);
        db.commit(c -> {
            save(c, "tamper_event", "select * from portal.audit_event where id = " + event);
            exec(c, "delete from portal.audit_event where id = " + event);
        });
        try {
            assertFoundAt(victim, "deleted", false);
        } finally {
            db.commit(c -> putBack(c, "tamper_event", "audit_event"));
        }
    }

    @Test
    void aDeletedEventWithItsEntryLeavesAGapFoundAtIt() throws Exception {
        long event = eventAt(victim);
        db.commit(c -> {
            save(c, "tamper_event", "select * from portal.audit_event where id = " + event);
            save(c, "tamper_chain", "select * from portal.audit_chain where seq = " + victim);
            exec(c, "delete from portal.audit_event where id = " + event);
            exec(c, "delete from portal.audit_chain where seq = " + victim);
        });
        try {
            assertFoundAt(victim, "missing", false);
        } finally {
            db.commit(c -> {
                putBack(c, "tamper_event", "audit_event");
                putBack(c, "tamper_chain", "audit_chain");
            });
        }
    }

    @Test
    void anEventInsertedBesideTheChainIsFoundWhereItsIdBelongs() throws Exception {
        // a careful intruder: an hour old, the first transaction id there is (so no chainer window covers it), and
        // the id of an event already chained (the key is id and time, so it fits beside it and hides from a check
        // by id alone). One with a recent transaction id is chained like a late commit: see ADR 0006.
        long twin = eventAt(victim);
        db.commit(c -> exec(
                c,
                "insert into portal.audit_event (id, occurred_at, txid, action, outcome, actor_username) values ("
                        + twin + ", now() - interval '1 hour', '3'::xid8, 'VIEW', 'SUCCESS', 'intruder')"));
        long expected = db.scalar("select coalesce(min(seq), (select max(seq) + 1 from portal.audit_chain))"
                + " from portal.audit_chain where event_id > " + twin);
        try {
            assertFoundAt(expected, "not in the chain", false);
        } finally {
            db.commit(c ->
                    exec(c, "delete from portal.audit_event where id = " + twin + " and actor_username = 'intruder'"));
        }
    }

    @Test
    void reorderedEntriesAreFoundAtTheFirst() throws Exception {
        db.commit(c -> swap(c, victim));
        try {
            assertFoundAt(victim, "altered", false);
        } finally {
            db.commit(c -> swap(c, victim));
        }
    }

    @Test
    void aTailCutWithItsCheckpointsHaltsTheChainerAndIsFoundAfterWhatIsLeft() throws Exception {
        byte[] savedHead = control.head().content();
        long keep = cutTail(5);
        try {
            assertFoundAt(keep + 1, "removed", true);
            assertEquals(
                    keep + 1, guard.getHalt().firstBadSeq(), guard.getHalt().reason());
            var check = control.check(savedHead);
            assertFalse(check.stillInChain());
            assertEquals("CHAIN_ENDS", check.outcome());
            assertEquals(keep + 1, check.at(), "the saved head says from where entries were removed");
            var ready = Tampering.readiness();
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("audit-chain") && ready.body().contains("firstBadSeq"), ready.body());
        } finally {
            putBackTail();
        }
    }

    @Test
    void aTailCutAndThenAHundredNewEventsStaysFoundAndTheEventsWait() throws Exception {
        long keep = cutTail(5);
        try {
            record(100, "after-cut");
            pause(3000);
            assertEquals(
                    100,
                    db.scalar("select count(*) from portal.audit_event where target_id like 'after-cut-%'"),
                    "business goes on: the events are recorded");
            assertEquals(
                    100,
                    db.scalar("select count(*) from portal.audit_event e where target_id like 'after-cut-%' and not"
                            + " exists (select 1 from portal.audit_chain ch where ch.event_id = e.id)"),
                    "but wait unchained");
            assertEquals(keep, db.scalar("select max(seq) from portal.audit_chain"), "nothing linked onto the cut");
            assertEquals(anchored, signing.anchor().latest().seq(), "the anchor log still names the old head");
            assertFoundAt(keep + 1, "removed", true);
        } finally {
            putBackTail();
        }
        pause(1500);
        assertTrue(guard.isHalted(), "a whole chain again does not lift the halt by itself");
    }

    @Test
    void aChainRecomputedAndReSignedWithAFreshKeyHaltsAndIsFoundAtItsFirstForeignCheckpoint() throws Exception {
        var intruderKey = SigningKey.ephemeral();
        long event = eventAt(victim);
        long expected = db.scalar("select min(seq) from portal.audit_checkpoint where seq >= " + victim);
        db.commit(c -> {
            save(c, "tamper_event", "select * from portal.audit_event where id = " + event);
            save(c, "tamper_chain", "select * from portal.audit_chain where seq >= " + victim);
            save(c, "tamper_checkpoint", "select * from portal.audit_checkpoint where seq >= " + victim);
            exec(c, "update portal.audit_event set actor_username = 'someone-else' where id = " + event);
            Tampering.recompute(c, victim, intruderKey);
        });
        try {
            assertFoundAt(expected, "invalid signature", true);
        } finally {
            putBackRecomputed(event);
        }
    }

    private void putBackRecomputed(long event) throws SQLException {
        db.commit(c -> {
            exec(c, "delete from portal.audit_checkpoint where seq >= " + victim);
            exec(c, "delete from portal.audit_chain where seq >= " + victim);
            exec(c, "delete from portal.audit_event where id = " + event);
            putBack(c, "tamper_event", "audit_event");
            putBack(c, "tamper_chain", "audit_chain");
            putBack(c, "tamper_checkpoint", "audit_checkpoint");
        });
    }

    /** Cuts the last entries with their events and checkpoints, keeping copies; returns the new head. */
    private long cutTail(int entries) throws SQLException {
        long keep = anchored - entries;
        db.commit(c -> {
            save(c, "tamper_checkpoint", "select * from portal.audit_checkpoint where seq > " + keep);
            save(c, "tamper_chain", "select * from portal.audit_chain where seq > " + keep);
            save(
                    c,
                    "tamper_event",
                    "select e.* from portal.audit_event e join portal.audit_chain ch"
                            + " on ch.event_id = e.id where ch.seq > " + keep);
            exec(c, "delete from portal.audit_checkpoint where seq > " + keep);
            exec(
                    c,
                    "delete from portal.audit_event e using portal.audit_chain ch where ch.event_id = e.id"
                            + " and ch.seq > " + keep);
            exec(c, "delete from portal.audit_chain where seq > " + keep);
        });
        return keep;
    }

    private void putBackTail() throws SQLException {
        db.commit(c -> {
            putBack(c, "tamper_event", "audit_event");
            putBack(c, "tamper_chain", "audit_chain");
            putBack(c, "tamper_checkpoint", "audit_checkpoint");
        });
    }

    /** Swaps the events of two neighbouring entries (through -1, as event_id is unique). */
    private static void swap(Connection c, long seq) throws SQLException {
        long a = scalar(c, "select event_id from portal.audit_chain where seq = " + seq);
        long b = scalar(c, "select event_id from portal.audit_chain where seq = " + (seq + 1));
        exec(c, "update portal.audit_chain set event_id = -1 where seq = " + seq);
        exec(
                c,
                "update portal.audit_chain set event_id = " + a + ", event_time = (select occurred_at from"
                        + " portal.audit_event where id = " + a + ") where seq = " + (seq + 1));
        exec(
                c,
                "update portal.audit_chain set event_id = " + b + ", event_time = (select occurred_at from"
                        + " portal.audit_event where id = " + b + ") where seq = " + seq);
    }

    /** With the chainer running for a few more seconds and new events arriving, the verifier names the entry. */
    private void assertFoundAt(long seq, String why, boolean halts) throws Exception {
        record(20, "meanwhile");
        pause(2500);
        VerificationResult result;
        try (Connection c = owner.getConnection()) {
            result = verification.check(c);
        }
        LOG.infof(
                "tamper case: expected %d, found %s (%s); halted %s",
                seq, result.firstBadSeq(), result.reason(), guard.isHalted());
        assertFalse(result.valid(), "the tampering must be found");
        assertEquals(seq, result.firstBadSeq(), result.reason());
        assertTrue(result.reason().contains(why), result.reason());
        assertEquals(
                halts,
                guard.isHalted(),
                "halted: " + (guard.isHalted() ? guard.getHalt().reason() : "no"));
        if (halts) {
            var log = AuditAnchor.records(signing.anchor().log());
            var last = log.get(log.size() - 1);
            assertEquals(AnchorRecord.HALT, last.kind(), "the halt is in the anchor log");
        }
    }

    private void record(int events, String prefix) throws Exception {
        tx.begin();
        for (int i = 0; i < events; i++) {
            audit.recordAs(Actor.system("chain-test"), Instant.now(), AuditTrailIT.viewOf(prefix + "-" + i));
        }
        tx.commit();
    }

    private void awaitChained() throws Exception {
        await(() -> {
            try {
                chainer.chainPending();
                long head = db.scalar("select coalesce(max(seq), 0) from portal.audit_chain");
                var latest = signing.anchor().latest();
                return pending() == 0 && latest != null && latest.seq() == head;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long pending() throws SQLException {
        return db.scalar("select count(*) from portal.audit_event e where not exists"
                + " (select 1 from portal.audit_chain ch where ch.event_id = e.id)");
    }

    private long eventAt(long seq) throws SQLException {
        return db.scalar("select event_id from portal.audit_chain where seq = " + seq);
    }

    private void assertValid() throws SQLException {
        try (Connection c = owner.getConnection()) {
            var result = verification.check(c);
            assertTrue(result.valid(), result.reason());
        }
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the chainer did not catch up in 20 s");
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
