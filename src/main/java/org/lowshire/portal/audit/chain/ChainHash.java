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

    /** What a checkpoint signs: the sequence number and the head hash at it. */
    public static byte[] checkpointPayload(long seq, byte[] headHash) {
        return ByteBuffer.allocate(8 + headHash.length)
                .putLong(seq)
                .put(headHash)
                .array();
    }
}
