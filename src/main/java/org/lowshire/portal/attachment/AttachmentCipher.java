package org.lowshire.portal.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for attachments at rest. Stored form: version byte 1, key id length and UTF-8 key id, 12-byte random
 * IV, ciphertext with its 128-bit tag. The attachment's uuid is the associated data, so a ciphertext copied onto
 * another attachment's row does not decrypt.
 */
public final class AttachmentCipher {

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final String keyId;

    public AttachmentCipher(SecretKey key, String keyId) {
        this.key = key;
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] encrypt(String attachmentId, byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(attachmentId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain);
            byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(2 + id.length + IV_BYTES + sealed.length)
                    .put(VERSION)
                    .put((byte) id.length)
                    .put(id)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Attachment encryption failed", e);
        }
    }

    /** The plain content, or {@link Unreadable} if the data, the key or the attachment id do not match. */
    public byte[] decrypt(String attachmentId, byte[] stored) {
        try {
            var in = ByteBuffer.wrap(stored);
            if (in.get() != VERSION) {
                throw new Unreadable();
            }
            byte[] id = new byte[in.get()];
            in.get(id);
            if (!new String(id, StandardCharsets.UTF_8).equals(keyId)) {
                throw new Unreadable();
            }
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(attachmentId.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(sealed);
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof Unreadable u) {
                throw u;
            }
            throw new Unreadable();
        }
    }

    /** Tampered, truncated, or sealed with another key or for another attachment. */
    public static class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super("Attachment cannot be decrypted", null, false, false);
        }
    }
}
