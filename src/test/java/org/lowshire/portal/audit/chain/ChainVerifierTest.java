package org.lowshire.portal.audit.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of tampering the verifier must find, on an in-memory chain built the way the chainer builds it. */
class ChainVerifierTest {

    private static final int GAP = 10;
    private SigningKey key;
    private List<ChainRow> rows;
    private List<Checkpoint> checkpoints;

    static StoredEvent event(long id) {
        return new StoredEvent(
                id,
                1_764_000_000_000_000L + id,
                "sub-" + id,
                "user" + id,
                "CSC",
                "practitioner",
                "sess",
                "127.0.0.1",
                "VIEW",
                "SUCCESS",
                "REQUEST",
                "r-" + id,
                "ISR-" + id,
                List.of("p-1", "p-2"),
                null,
                null,
                "corr-" + id,
                "{\"k\": 1}");
    }

    @BeforeEach
    void buildChainOf35WithACheckpointEvery10() throws Exception {
        key = SigningKey.ephemeral();
        rows = new ArrayList<>();
        checkpoints = new ArrayList<>();
        byte[] prev = ChainHash.GENESIS;
        for (long seq = 1; seq <= 35; seq++) {
            StoredEvent e = event(seq * 3);
            byte[] hash = ChainHash.link(prev, seq, e);
            rows.add(new ChainRow(seq, e.id(), prev, hash, e));
            if (seq % GAP == 0) {
                checkpoints.add(
                        new Checkpoint(seq, hash, key.keyId(), key.sign(ChainHash.checkpointPayload(seq, hash))));
            }
            prev = hash;
        }
    }

    private VerificationResult verify(List<ChainRow> chain, List<Checkpoint> cps, Map<Long, Long> strays) {
        var verifier = new ChainVerifier(cps, key, GAP);
        for (ChainRow row : chain) {
            if (!verifier.accept(row)) {
                break;
            }
        }
        return verifier.finish(strays);
    }

    private VerificationResult verify() {
        return verify(rows, checkpoints, Map.of());
    }

    @Test
    void anUntouchedChainIsValid() {
        var result = verify();
        assertTrue(result.valid(), result.reason());
        assertEquals(35, result.eventsChecked());
        assertEquals(35L, result.headSeq());
    }

    @Test
    void anEmptyChainIsValid() {
        assertTrue(verify(List.of(), List.of(), Map.of()).valid());
    }

    @Test
    void anAlteredFieldIsFoundAtItsEntry() {
        var r = rows.get(16);
        var altered = new StoredEvent(
                r.event().id(),
                r.event().occurredAtMicros(),
                r.event().actorSubject(),
                "someone-else",
                r.event().actorAgency(),
                r.event().actorRoles(),
                r.event().sessionRef(),
                r.event().clientAddress(),
                r.event().action(),
                r.event().outcome(),
                r.event().targetType(),
                r.event().targetId(),
                r.event().targetRef(),
                r.event().personIds(),
                r.event().purpose(),
                r.event().recipientAgency(),
                r.event().correlationId(),
                r.event().details());
        rows.set(16, new ChainRow(r.seq(), r.eventId(), r.prevHash(), r.hash(), altered));
        assertBadAt(17, "altered");
    }

    @Test
    void aDeletedEventIsFoundAtItsEntry() {
        var r = rows.get(4);
        rows.set(4, new ChainRow(r.seq(), r.eventId(), r.prevHash(), r.hash(), null));
        assertBadAt(5, "deleted");
    }

    @Test
    void aDeletedEntryLeavesAGap() {
        rows.remove(7);
        assertBadAt(8, "missing");
    }

    @Test
    void aRowInsertedInTheMiddleBreaksTheNextLink() {
        // The intruder renumbers everything after 20 and slots in a well-formed entry 21 of their own.
        List<ChainRow> forged = new ArrayList<>(rows.subList(0, 20));
        StoredEvent intruder = event(999);
        byte[] h = ChainHash.link(rows.get(19).hash(), 21, intruder);
        forged.add(new ChainRow(21, 999, rows.get(19).hash(), h, intruder));
        for (ChainRow r : rows.subList(20, rows.size())) {
            forged.add(new ChainRow(r.seq() + 1, r.eventId(), r.prevHash(), r.hash(), r.event()));
        }
        var result = verify(forged, checkpoints, Map.of());
        assertFalse(result.valid());
        assertEquals(22L, result.firstBadSeq(), result.reason());
    }

    @Test
    void anEventSlippedInBesideTheChainIsFound() {
        var result = verify(rows, checkpoints, Map.of(999L, 12L));
        assertFalse(result.valid());
        assertEquals(12L, result.firstBadSeq());
        assertTrue(result.reason().contains("999"), result.reason());
    }

    @Test
    void reorderedEventsAreFound() {
        var a = rows.get(2);
        var b = rows.get(3);
        rows.set(2, new ChainRow(3, b.eventId(), a.prevHash(), a.hash(), b.event()));
        rows.set(3, new ChainRow(4, a.eventId(), b.prevHash(), b.hash(), a.event()));
        assertBadAt(3, "altered");
    }

    @Test
    void aTruncatedTailBelowACheckpointIsFound() {
        var result = verify(rows.subList(0, 27), checkpoints, Map.of());
        assertFalse(result.valid());
        assertEquals(28L, result.firstBadSeq());
        assertTrue(result.reason().contains("removed"), result.reason());
    }

    @Test
    void aTailCutOffWithItsCheckpointsIsCaughtByTheAnchorKeptOutsideTheDatabase() {
        var anchor = checkpoints.get(2);
        var verifier = new ChainVerifier(checkpoints.subList(0, 1), anchor, key, GAP);
        for (ChainRow row : rows.subList(0, 15)) {
            verifier.accept(row);
        }
        var result = verifier.finish(Map.of());
        assertFalse(result.valid());
        assertEquals(16L, result.firstBadSeq(), result.reason());
    }

    @Test
    void aStrayAfterTheHeadIsReportedJustAfterIt() {
        var result = verify(rows, checkpoints, Map.of(999L, Long.MAX_VALUE));
        assertEquals(36L, result.firstBadSeq());
    }

    @Test
    void aChainRewrittenWithRecomputedHashesFailsItsCheckpoint() {
        // The intruder alters event 14 and recomputes every hash after it: links and hashes agree again,
        // but the head at 20 no longer matches what was signed there.
        List<ChainRow> rewritten = new ArrayList<>(rows.subList(0, 13));
        byte[] prev = rows.get(12).hash();
        for (ChainRow r : rows.subList(13, rows.size())) {
            StoredEvent e = r.seq() == 14 ? event(777) : r.event();
            byte[] h = ChainHash.link(prev, r.seq(), e);
            rewritten.add(new ChainRow(r.seq(), e.id(), prev, h, e));
            prev = h;
        }
        var result = verify(rewritten, checkpoints, Map.of());
        assertFalse(result.valid());
        assertEquals(11L, result.firstBadSeq(), result.reason());
        assertTrue(result.reason().contains("rewritten"), result.reason());
    }

    @Test
    void aForgedCheckpointSignatureIsFound() throws Exception {
        var other = SigningKey.ephemeral();
        var cp = checkpoints.get(1);
        checkpoints.set(
                1,
                new Checkpoint(
                        cp.seq(),
                        cp.headHash(),
                        key.keyId(),
                        other.sign(ChainHash.checkpointPayload(cp.seq(), cp.headHash()))));
        assertBadAt(20, "signature");
    }

    @Test
    void removedCheckpointsAreFound() {
        checkpoints.remove(1);
        checkpoints.remove(0);
        var result = verify();
        assertFalse(result.valid());
        assertEquals(1L, result.firstBadSeq(), result.reason());
    }

    @Test
    void aCheckpointThatDoesNotExtendThePreviousOneIsFound() {
        List<Checkpoint> linked = new ArrayList<>();
        long prevSeq = 0;
        byte[] prevHash = ChainHash.GENESIS;
        for (Checkpoint c : checkpoints) {
            linked.add(Checkpoint.sign(c.seq(), c.headHash(), prevSeq, prevHash, key));
            prevSeq = c.seq();
            prevHash = c.headHash();
        }
        assertTrue(verify(rows, linked, Map.of()).valid());
        // re-signed (as if with the key) to claim it follows the genesis: the checkpoint at 10 was skipped
        linked.set(1, Checkpoint.sign(20, linked.get(1).headHash(), 0, ChainHash.GENESIS, key));
        var result = verify(rows, linked, Map.of());
        assertFalse(result.valid());
        assertEquals(11L, result.firstBadSeq(), result.reason());
        assertTrue(result.reason().contains("does not extend"), result.reason());
    }

    private void assertBadAt(long seq, String why) {
        var result = verify();
        assertFalse(result.valid(), "tampering must be found");
        assertEquals(seq, result.firstBadSeq(), result.reason());
        assertTrue(result.reason().contains(why), result.reason());
    }
}
