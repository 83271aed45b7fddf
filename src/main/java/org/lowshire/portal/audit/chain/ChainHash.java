package org.lowshire.portal.audit.chain;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Links of the chain: {@code hash(n) = SHA-256(hash(n-1) || n as 8 bytes || canonical form of event n)}. */
public final class ChainHash {

    /** The "previous hash" of the first link. */
    public static final byte[] GENESIS = new byte[32];

    private ChainHash() {}

    public static byte[] link(byte[] previous, long seq, StoredEvent event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            sha.update(ByteBuffer.allocate(8).putLong(seq).array());
            sha.update(CanonicalForm.encode(event));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static final byte[] CHECKPOINT_V2 =
            "lowshire-audit-checkpoint-v2".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** What a checkpoint of the first format signs: the sequence number and the head hash at it. */
    public static byte[] checkpointPayload(long seq, byte[] headHash) {
        return ByteBuffer.allocate(8 + headHash.length)
                .putLong(seq)
                .put(headHash)
                .array();
    }

    /**
     * What a checkpoint signs since V20: a tag (so it can never be read as the first format), its entry and head
     * hash, and the previous checkpoint's entry and hash (0 and {@link #GENESIS} for the first).
     */
    public static byte[] checkpointPayload(long seq, byte[] headHash, long prevSeq, byte[] prevHash) {
        return ByteBuffer.allocate(CHECKPOINT_V2.length + 16 + headHash.length + prevHash.length)
                .put(CHECKPOINT_V2)
                .putLong(seq)
                .put(headHash)
                .putLong(prevSeq)
                .put(prevHash)
                .array();
    }
}
