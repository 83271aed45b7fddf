package org.lowshire.portal.audit.chain;

import java.util.Arrays;
import java.util.Map;

/**
 * Whether one checkpoint provably extends another: each checkpoint signs its predecessor's entry and hash, so from the
 * later one the signed links lead back, checkpoint by checkpoint, to the earlier one, or show where they break.
 */
public final class CheckpointLinks {

    /** How the walk back ended; {@code seq} is the entry it was at. */
    public enum Kind {
        EXTENDS,
        /** the later checkpoint is before the earlier one */
        BEHIND,
        /** a checkpoint on the way has a signature this portal's key does not confirm */
        BAD_SIGNATURE,
        /** a checkpoint on the way names a predecessor that is no longer there */
        MISSING,
        /** a checkpoint on the way names a predecessor with another hash than the one stored */
        REPLACED,
        /** the signed links pass the earlier checkpoint's entry without stopping there */
        SKIPPED,
        /** the links reach the earlier checkpoint's entry, with another hash */
        DIFFERENT,
        /** a checkpoint on the way was signed before checkpoints named their predecessor */
        UNLINKED
    }

    public record Link(Kind kind, long seq) {
        public boolean extendsEarlier() {
            return kind == Kind.EXTENDS;
        }
    }

    private CheckpointLinks() {}

    /**
     * Walks back from {@code later} to {@code earlier}, checking every signature on the way (both ends included).
     *
     * @param known the checkpoints there are, by entry (the later one and those before it)
     */
    public static Link walkBack(
            Map<Long, Checkpoint> known, Checkpoint earlier, Checkpoint later, SignatureCheck signatures) {
        if (!earlier.signedBy(signatures)) {
            return new Link(Kind.BAD_SIGNATURE, earlier.seq());
        }
        if (later.seq() < earlier.seq()) {
            return new Link(Kind.BEHIND, later.seq());
        }
        Checkpoint at = later;
        while (true) {
            if (!at.signedBy(signatures)) {
                return new Link(Kind.BAD_SIGNATURE, at.seq());
            }
            if (at.seq() == earlier.seq()) {
                return Arrays.equals(at.headHash(), earlier.headHash())
                        ? new Link(Kind.EXTENDS, at.seq())
                        : new Link(Kind.DIFFERENT, at.seq());
            }
            if (at.prevSeq() == null) {
                return new Link(Kind.UNLINKED, at.seq());
            }
            long prev = at.prevSeq();
            if (prev < earlier.seq()) {
                return new Link(Kind.SKIPPED, at.seq());
            }
            if (prev == earlier.seq()) {
                return Arrays.equals(at.prevHash(), earlier.headHash())
                        ? new Link(Kind.EXTENDS, prev)
                        : new Link(Kind.DIFFERENT, prev);
            }
            Checkpoint before = known.get(prev);
            if (before == null) {
                return new Link(Kind.MISSING, prev);
            }
            if (!Arrays.equals(before.headHash(), at.prevHash())) {
                return new Link(Kind.REPLACED, prev);
            }
            at = before;
        }
    }
}
