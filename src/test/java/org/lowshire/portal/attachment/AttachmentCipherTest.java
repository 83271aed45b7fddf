package org.lowshire.portal.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentCipherTest {

    private static final byte[] PLAIN = "synthetic case note".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private AttachmentCipher cipher() throws Exception {
        return AttachmentKey.load(Map.of(), dir.resolve("keys/attachment.key"));
    }

    @Test
    void roundTripsAndNeverRepeatsCiphertext() throws Exception {
        var c = cipher();
        byte[] a = c.encrypt("id-1", PLAIN);
        byte[] b = c.encrypt("id-1", PLAIN);
        assertFalse(Arrays.equals(a, b), "a fresh IV every time");
        assertArrayEquals(PLAIN, c.decrypt("id-1", a));
        assertFalse(new String(a, StandardCharsets.ISO_8859_1).contains("synthetic"));
    }

    @Test
    void tamperingAnotherRowsIdOrAnotherKeyIsRefused() throws Exception {
        var c = cipher();
        byte[] sealed = c.encrypt("id-1", PLAIN);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 3] ^= 1;
        assertThrows(AttachmentCipher.Unreadable.class, () -> c.decrypt("id-1", tampered));
        assertThrows(AttachmentCipher.Unreadable.class, () -> c.decrypt("id-2", sealed));
        var other = AttachmentKey.load(Map.of(), dir.resolve("other.key"));
        assertThrows(AttachmentCipher.Unreadable.class, () -> other.decrypt("id-1", sealed));
        assertThrows(AttachmentCipher.Unreadable.class, () -> c.decrypt("id-1", new byte[] {1, 2}));
    }

    @Test
    void theKeyFileIsOwnerOnlyAndReusedAcrossStarts() throws Exception {
        var first = cipher();
        Path file = dir.resolve("keys/attachment.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        var second = cipher();
        assertEquals(first.keyId(), second.keyId());
        assertArrayEquals(PLAIN, second.decrypt("x", first.encrypt("x", PLAIN)));
    }

    @Test
    void aMissingKeyIsNotCreatedWhenForbiddenAndABadInlineKeyIsRefused() {
        var e = assertThrows(
                IllegalStateException.class,
                () -> AttachmentKey.load(Map.of("PORTAL_ATTACHMENT_KEY_CREATE", "false"), dir.resolve("absent.key")));
        assertTrue(e.getMessage().contains("missing"));
        assertThrows(
                IllegalStateException.class,
                () -> AttachmentKey.load(Map.of("PORTAL_ATTACHMENT_KEY", "%%%"), dir.resolve("x.key")));
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThrows(
                IllegalStateException.class,
                () -> AttachmentKey.load(Map.of("PORTAL_ATTACHMENT_KEY", shortKey), dir.resolve("x.key")));
    }
}
