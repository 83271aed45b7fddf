package org.lowshire.portal.audit.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes chain links ({@link ChainHash#link}) with one digest and one encoding buffer, reused from link to link:
 * no provider lookup and no garbage per event. Not thread-safe; one per thread.
 */
public final class LinkHasher {

    private final MessageDigest sha;
    private final CanonicalForm.Buffer buffer = new CanonicalForm.Buffer();

    public LinkHasher() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** {@code SHA-256(previous || seq as 8 bytes || canonical form of event)}. */
    public byte[] link(byte[] previous, long seq, StoredEvent event) {
        buffer.reset();
        buffer.writeLong(seq);
        CanonicalForm.encodeInto(event, buffer);
        sha.update(previous);
        sha.update(buffer.bytes(), 0, buffer.length());
        return sha.digest();
    }

    /** The same, from the event's canonical form already built ({@link LinkRows}). */
    public byte[] link(byte[] previous, long seq, byte[] canonical) {
        buffer.reset();
        buffer.writeLong(seq);
        sha.update(previous);
        sha.update(buffer.bytes(), 0, buffer.length());
        sha.update(canonical);
        return sha.digest();
    }
}
