package org.lowshire.portal.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/**
 * The attachment key, never in the database: {@code PORTAL_ATTACHMENT_KEY} (base64 of 32 bytes) when set, else the
 * key file {@code PORTAL_ATTACHMENT_KEY_FILE} (default {@code <server data dir>/keys/attachment.key}), created with
 * owner-only permissions on first start unless {@code PORTAL_ATTACHMENT_KEY_CREATE=false}.
 */
public final class AttachmentKey {

    private AttachmentKey() {}

    public static AttachmentCipher load(Map<String, String> env, Path defaultFile) throws IOException {
        String inline = env.get("PORTAL_ATTACHMENT_KEY");
        byte[] key;
        if (inline != null && !inline.isBlank()) {
            try {
                key = Base64.getDecoder().decode(inline.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("PORTAL_ATTACHMENT_KEY is not valid base64");
            }
        } else {
            Path file = Path.of(env.getOrDefault("PORTAL_ATTACHMENT_KEY_FILE", defaultFile.toString()));
            if (!Files.exists(file)) {
                if ("false".equalsIgnoreCase(env.get("PORTAL_ATTACHMENT_KEY_CREATE"))) {
                    throw new IllegalStateException(
                            "The attachment key file is missing and may not be created: " + file);
                }
                create(file);
            }
            key = Base64.getDecoder().decode(Files.readString(file).strip());
        }
        if (key.length != 32) {
            throw new IllegalStateException("The attachment key must be 32 bytes (AES-256), not " + key.length);
        }
        return new AttachmentCipher(new SecretKeySpec(key, "AES"), keyId(key));
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: rely on the directory's protection
        }
    }

    static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
