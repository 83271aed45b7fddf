package org.lowshire.portal.audit.chain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Walks the chain in sequence order and finds the first place it was tampered with: a missing or reordered entry,
 * a deleted or altered event, a broken link, a rewritten stretch that no longer matches its signed checkpoint, a
 * tail cut off below a checkpoint, a stretch without the checkpoints the chainer always writes, or an event slipped
 * in beside the chain. Feed it rows with {@link #accept}, then call {@link #finish}.
 */
public final class ChainVerifier {

    private final NavigableMap<Long, Checkpoint> checkpoints;
    private final SignatureCheck signatures;
    private final int maxCheckpointGap;
    private byte[] previous = ChainHash.GENESIS;
    private long expected = 1;
    private long lastGoodCheckpoint;
    private byte[] lastGoodHash = ChainHash.GENESIS;
    private VerificationResult failure;

    /**
     * @param maxCheckpointGap the chainer signs at least every this many entries; a longer unsigned stretch that is
     *        followed by more entries means checkpoints were removed
     */
    public ChainVerifier(List<Checkpoint> checkpoints, SignatureCheck signatures, int maxCheckpointGap) {
        this(checkpoints, null, signatures, maxCheckpointGap);
    }

    /**
     * @param anchor the last checkpoint as also kept outside the database (may be null): it catches a tail cut off
     *        together with the checkpoints that covered it
     */
    public ChainVerifier(
            List<Checkpoint> checkpoints, Checkpoint anchor, SignatureCheck signatures, int maxCheckpointGap) {
        this.checkpoints = new TreeMap<>();
        checkpoints.forEach(c -> this.checkpoints.put(c.seq(), c));
        if (anchor != null) {
            // the anchor is kept outside the database, so it stands in for whatever the table holds at its entry
            this.checkpoints.put(anchor.seq(), anchor);
        }
        this.signatures = signatures;
        this.maxCheckpointGap = maxCheckpointGap;
    }

    /** Checks the next row; returns false once tampering is found (later rows need not be read). */
    public boolean accept(ChainRow row) {
        return accept(row, null);
    }

    /**
     * As {@link #accept(ChainRow)}, with the link's hash already computed from the row's stored previous hash (so
     * hashing can run ahead on another thread). It is only used once the stored previous hash has been found equal
     * to the hash computed for the entry before, so the result is the same as computing it here.
     */
    public boolean accept(ChainRow row, byte[] hashFromStoredPrevious) {
        if (failure != null) {
            return false;
        }
        byte[] computed = hashFromStoredPrevious;
        if (computed == null && row.event() != null) {
            computed = ChainHash.link(previous, row.seq(), row.event());
        }
        return accept(
                row.seq(),
                row.eventId(),
                row.event() == null ? null : row.event().id(),
                row.prevHash(),
                row.hash(),
                computed);
    }

    /**
     * As {@link #accept(ChainRow, byte[])}, for a link read with its event's canonical form ({@link LinkRows});
     * {@code hashFromStoredPrevious} is null when the event could not be encoded (it is then reported altered).
     */
    public boolean accept(StoredLink link, byte[] hashFromStoredPrevious) {
        return accept(
                link.seq(), link.eventId(), link.foundEventId(), link.prevHash(), link.hash(), hashFromStoredPrevious);
    }

    private boolean accept(long seq, long eventId, Long foundEventId, byte[] prevHash, byte[] hash, byte[] computed) {
        if (failure != null) {
            return false;
        }
        if (seq != expected) {
            return fail(
                    expected,
                    seq < expected
                            ? "entry " + seq + " appears out of order"
                            : "entry " + expected + " is missing from the chain");
        }
        if (foundEventId == null) {
            return fail(seq, "the event of entry " + seq + " (event id " + eventId + ") has been deleted");
        }
        if (foundEventId != eventId) {
            return fail(seq, "entry " + seq + " points at another event");
        }
        if (!Arrays.equals(prevHash, previous)) {
            return fail(seq, "entry " + seq + " no longer links to entry " + (seq - 1));
        }
        if (computed == null || !Arrays.equals(computed, hash)) {
            return fail(seq, "the event of entry " + seq + " was altered after it was chained");
        }
        Checkpoint checkpoint = checkpoints.get(seq);
        if (checkpoint != null) {
            if (!Arrays.equals(checkpoint.headHash(), computed)) {
                return fail(
                        lastGoodCheckpoint + 1,
                        "entries " + (lastGoodCheckpoint + 1) + " to " + seq
                                + " were rewritten: they no longer match the checkpoint signed at " + seq);
            }
            if (!checkpoint.signedBy(signatures)) {
                return fail(
                        seq,
                        "the checkpoint at entry " + seq + " has an invalid signature"
                                + (signatures instanceof SigningKey k
                                                && !k.keyId().equals(checkpoint.keyId())
                                        ? " (it names key " + checkpoint.keyId() + ", not the portal's)"
                                        : ""));
            }
            if (checkpoint.prevSeq() != null
                    && (checkpoint.prevSeq() != lastGoodCheckpoint
                            || !Arrays.equals(checkpoint.prevHash(), lastGoodHash))) {
                return fail(
                        lastGoodCheckpoint + 1,
                        "the checkpoint at entry " + seq + " does not extend the checkpoint at entry "
                                + lastGoodCheckpoint + ": checkpoints between them were removed or replaced");
            }
            lastGoodCheckpoint = seq;
            lastGoodHash = computed;
        } else if (seq - lastGoodCheckpoint > maxCheckpointGap && checkpoints.higherKey(seq) != null) {
            return fail(
                    lastGoodCheckpoint + 1, "the checkpoints after entry " + lastGoodCheckpoint + " have been removed");
        }
        previous = computed;
        expected++;
        return true;
    }

    /**
     * Ends the walk.
     *
     * @param strays events older than the chainer's grace period that are in no chain entry, by event id, each
     *        with the sequence number of the first entry chained after it
     */
    public VerificationResult finish(Map<Long, Long> strays) {
        if (failure != null) {
            return failure;
        }
        long head = expected - 1;
        Long beyond = checkpoints.higherKey(head);
        if (beyond != null) {
            return VerificationResult.bad(
                    head,
                    head,
                    expected,
                    "the chain ends at entry " + head + " but a checkpoint was signed at entry " + beyond
                            + ": entries were removed");
        }
        if (!strays.isEmpty()) {
            var first =
                    strays.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
            return VerificationResult.bad(
                    head,
                    head,
                    Math.min(first.getValue(), head + 1),
                    "event id " + first.getKey()
                            + " is in the audit table but not in the chain: it was inserted outside the portal");
        }
        return VerificationResult.ok(head, head == 0 ? null : head);
    }

    private boolean fail(long firstBad, String reason) {
        failure = VerificationResult.bad(expected - 1, expected - 1, firstBad, reason);
        return false;
    }
}
