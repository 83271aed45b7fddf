package org.lowshire.portal.audit.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lines of the append-only anchor log: each signed, parsed back exactly, an edited one refused. */
class AnchorRecordTest {

    private static final Instant AT = Instant.parse("2026-12-04T21:00:00.123456Z");
    private SigningKey key;
    private Checkpoint checkpoint;

    @BeforeEach
    void aCheckpoint() throws Exception {
        key = SigningKey.ephemeral();
        checkpoint = Checkpoint.sign(77, CheckpointLinksTest.hash(77), 50, CheckpointLinksTest.hash(50), key);
    }

    @Test
    void aCheckpointLineReadsBackAsTheSameSignedCheckpoint() {
        String line = AnchorRecord.of(checkpoint, AT, key).line();
        assertFalse(line.contains("\n"));
        AnchorRecord read = AnchorRecord.parse(line);
        assertTrue(read.signedBy(key));
        assertEquals(AT, read.at());
        Checkpoint back = read.checkpoint();
        assertEquals(77, back.seq());
        assertEquals(50L, back.prevSeq());
        assertArrayEquals(checkpoint.signature(), back.signature());
        assertTrue(back.signedBy(key));
    }

    @Test
    void aCheckpointOfTheFirstFormatKeepsItsMissingPredecessor() {
        var old = new Checkpoint(
                9,
                CheckpointLinksTest.hashUnchecked(9),
                key.keyId(),
                key.sign(ChainHash.checkpointPayload(9, CheckpointLinksTest.hashUnchecked(9))));
        Checkpoint back =
                AnchorRecord.parse(AnchorRecord.of(old, AT, key).line()).checkpoint();
        assertEquals(null, back.prevSeq());
        assertTrue(back.signedBy(key));
    }

    @Test
    void haltAndResumeLinesAreSignedToo() {
        var halt = AnchorRecord.signed(AnchorRecord.HALT, AT, List.of("77", "73"), key);
        var read = AnchorRecord.parse(halt.line());
        assertEquals(AnchorRecord.HALT, read.kind());
        assertEquals(List.of("77", "73"), read.fields());
        assertTrue(read.signedBy(key));
    }

    @Test
    void anEditedLineNoLongerVerifies() {
        String line = AnchorRecord.of(checkpoint, AT, key).line();
        assertFalse(AnchorRecord.parse(line.replaceFirst(" 77 ", " 78 ")).signedBy(key));
        assertFalse(AnchorRecord.parse(line.replace("2026-12-04", "2026-12-05")).signedBy(key));
    }

    @Test
    void tornOrForeignLinesAreMalformed() {
        String line = AnchorRecord.of(checkpoint, AT, key).line();
        assertThrows(AnchorRecord.Malformed.class, () -> AnchorRecord.parse("checkpoint"));
        assertThrows(AnchorRecord.Malformed.class, () -> AnchorRecord.parse("checkpoint yesterday 1 2 3"));
        assertThrows(
                AnchorRecord.Malformed.class,
                () -> AnchorRecord.parse(line.substring(0, line.indexOf(" 50 ")) + " k c2ln"));
        assertThrows(IllegalArgumentException.class, () -> AnchorRecord.signed("halt", AT, List.of("two words"), key));
    }
}
