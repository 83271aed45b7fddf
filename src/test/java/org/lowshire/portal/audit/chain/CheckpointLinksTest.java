package org.lowshire.portal.audit.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lowshire.portal.audit.chain.CheckpointLinks.Kind;

/** Any two checkpoints prove that the later extends the earlier, or show where the signed links break. */
class CheckpointLinksTest {

    private SigningKey key;
    private List<Checkpoint> signed;

    static byte[] hash(long seq) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Long.toString(seq).getBytes());
    }

    static byte[] hashUnchecked(long seq) {
        try {
            return hash(seq);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void fiveCheckpointsEachSigningTheOneBefore() throws Exception {
        key = SigningKey.ephemeral();
        signed = new ArrayList<>();
        long prevSeq = 0;
        byte[] prevHash = ChainHash.GENESIS;
        for (long seq = 100; seq <= 500; seq += 100) {
            signed.add(Checkpoint.sign(seq, hash(seq), prevSeq, prevHash, key));
            prevSeq = seq;
            prevHash = hash(seq);
        }
    }

    private Map<Long, Checkpoint> known() {
        Map<Long, Checkpoint> map = new HashMap<>();
        signed.forEach(c -> map.put(c.seq(), c));
        return map;
    }

    private CheckpointLinks.Link walk(int earlier, int later) {
        return CheckpointLinks.walkBack(known(), signed.get(earlier), signed.get(later), key);
    }

    @Test
    void theLatestExtendsEveryEarlierOneAndItself() {
        for (int i = 0; i < 5; i++) {
            assertTrue(
                    walk(i, 4).extendsEarlier(),
                    "from 500 back to " + signed.get(i).seq());
        }
        assertTrue(walk(2, 2).extendsEarlier());
    }

    @Test
    void anEarlierOneDoesNotExtendALaterOne() {
        assertEquals(new CheckpointLinks.Link(Kind.BEHIND, 200), walk(3, 1));
    }

    @Test
    void aRemovedCheckpointOnTheWayIsNamed() {
        var saved = signed.get(0);
        signed.remove(2);
        var link = CheckpointLinks.walkBack(known(), saved, signed.get(3), key);
        assertEquals(new CheckpointLinks.Link(Kind.MISSING, 300), link);
    }

    @Test
    void aCheckpointReplacedWithAnotherHashIsNamed() throws Exception {
        var saved = signed.get(0);
        signed.set(2, Checkpoint.sign(300, hash(301), 200, hash(200), key));
        var link = CheckpointLinks.walkBack(known(), saved, signed.get(4), key);
        assertEquals(new CheckpointLinks.Link(Kind.REPLACED, 300), link);
    }

    @Test
    void aSavedHeadWithAnotherHashAtItsEntryIsDifferent() throws Exception {
        var forged = Checkpoint.sign(300, hash(999), 200, hash(200), key);
        var link = CheckpointLinks.walkBack(known(), forged, signed.get(4), key);
        assertEquals(new CheckpointLinks.Link(Kind.DIFFERENT, 300), link);
    }

    @Test
    void aSavedHeadBetweenCheckpointsIsSkipped() throws Exception {
        var between = Checkpoint.sign(250, hash(250), 200, hash(200), key);
        assertEquals(
                new CheckpointLinks.Link(Kind.SKIPPED, 300),
                CheckpointLinks.walkBack(known(), between, signed.get(4), key));
    }

    @Test
    void aCheckpointSignedWithAnotherKeyBreaksTheWalk() throws Exception {
        var saved = signed.get(0);
        signed.set(3, Checkpoint.sign(400, hash(400), 300, hash(300), SigningKey.ephemeral()));
        var link = CheckpointLinks.walkBack(known(), saved, signed.get(4), key);
        assertEquals(new CheckpointLinks.Link(Kind.BAD_SIGNATURE, 400), link);
        assertFalse(link.extendsEarlier());
    }

    @Test
    void aCheckpointOfTheFirstFormatCannotProveWhatItExtends() throws Exception {
        var old = new Checkpoint(600, hash(600), key.keyId(), key.sign(ChainHash.checkpointPayload(600, hash(600))));
        assertTrue(old.signedBy(key));
        assertEquals(
                new CheckpointLinks.Link(Kind.UNLINKED, 600),
                CheckpointLinks.walkBack(known(), signed.get(0), old, key));
    }

    @Test
    void theTwoSignatureFormatsNeverVerifyEachOther() throws Exception {
        var v2 = signed.get(1);
        var asV1 = new Checkpoint(v2.seq(), v2.headHash(), v2.keyId(), v2.signature());
        assertFalse(asV1.signedBy(key));
    }
}
