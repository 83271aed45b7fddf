package org.lowshire.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lowshire.portal.audit.chain.AnchorRecord;
import org.lowshire.portal.audit.chain.ChainHash;
import org.lowshire.portal.audit.chain.Checkpoint;
import org.lowshire.portal.audit.chain.SigningKey;

/** The anchor log on disk: only appended, read from its tail, a torn or forged last line never trusted. */
class AuditAnchorTest {

    @TempDir
    Path dir;

    private SigningKey key;

    @BeforeEach
    void aKey() throws Exception {
        key = SigningKey.ephemeral();
    }

    private Checkpoint checkpoint(long seq, long prev) {
        byte[] hash = ChainHash.checkpointPayload(seq, new byte[32]);
        return Checkpoint.sign(seq, java.util.Arrays.copyOf(hash, 32), prev, new byte[32], key);
    }

    @Test
    void everyCheckpointIsAppendedAndTheLastIsTheAnchor() throws Exception {
        var anchor = new AuditAnchor(dir, key);
        assertNull(anchor.latest());
        for (long seq = 1000; seq <= 5000; seq += 1000) {
            anchor.append(AnchorRecord.of(checkpoint(seq, seq - 1000), Instant.now(), key));
        }
        anchor.append(AnchorRecord.signed(AnchorRecord.HALT, Instant.now(), List.of("5000", "4996"), key));
        assertEquals(6, Files.readAllLines(anchor.log()).size(), "nothing overwritten");
        assertEquals(5000, anchor.latest().seq());
        assertEquals(5000, new AuditAnchor(dir, key).latest().seq(), "read back from the file after a restart");
    }

    @Test
    void anAppendIsForcedToDiskInAboutAMillisecond() throws Exception {
        var anchor = new AuditAnchor(dir, key);
        var records = new java.util.ArrayList<AnchorRecord>();
        for (long seq = 1; seq <= 200; seq++) {
            records.add(AnchorRecord.of(checkpoint(seq * 10, seq * 10 - 10), Instant.now(), key));
        }
        long started = System.nanoTime();
        for (AnchorRecord r : records) {
            anchor.append(r);
        }
        double micros = (System.nanoTime() - started) / 200 / 1000.0;
        started = System.nanoTime();
        anchor.append(records.subList(0, 50));
        double batch = (System.nanoTime() - started) / 1000.0;
        System.out.printf("anchor log append with fsync: %.0f us each; 50 in one: %.0f us%n", micros, batch);
        assertTrue(micros < 50_000, micros + " us");
        assertEquals(250, Files.readAllLines(anchor.log()).size());
        assertEquals(500, new AuditAnchor(dir, key).latest().seq(), "the last line appended is the anchor");
    }

    @Test
    void aTornOrForgedLastLineFallsBackToTheLineBefore() throws Exception {
        var anchor = new AuditAnchor(dir, key);
        anchor.append(AnchorRecord.of(checkpoint(1000, 0), Instant.now(), key));
        String forged = AnchorRecord.of(checkpoint(2000, 1000), Instant.now(), key)
                .line()
                .replace(" 2000 ", " 9000 ");
        Files.writeString(anchor.log(), forged + "\ncheckpoint 2026-12-04T", StandardOpenOption.APPEND);
        assertEquals(1000, new AuditAnchor(dir, key).latest().seq());
    }

    @Test
    void theOldSingleAnchorFileStartsTheLog() throws Exception {
        byte[] hash = new byte[32];
        byte[] signature = key.sign(ChainHash.checkpointPayload(77, hash));
        var b64 = Base64.getEncoder();
        Files.writeString(
                dir.resolve("checkpoint-anchor"),
                "77 " + b64.encodeToString(hash) + " " + key.keyId() + " " + b64.encodeToString(signature) + "\n");
        Checkpoint legacy = new AuditAnchor(dir, key).latest();
        assertEquals(77, legacy.seq());
        assertTrue(legacy.signedBy(key));
    }

    @Test
    void theHaltMarkerOutlivesTheBeanAndGoesOnlyWhenRemoved() throws Exception {
        var anchor = new AuditAnchor(dir, key);
        anchor.writeHaltMarker("2026-12-04T21:00:00Z 5000 4996\nentries were removed\n");
        assertTrue(new AuditAnchor(dir, key).haltMarker().contains("4996"));
        var halt = AuditChainGuard.Halt.ofMarker(new AuditAnchor(dir, key).haltMarker());
        assertEquals(4996, halt.firstBadSeq());
        assertEquals("entries were removed", halt.reason());
        anchor.removeHaltMarker();
        assertNull(new AuditAnchor(dir, key).haltMarker());
    }
}
