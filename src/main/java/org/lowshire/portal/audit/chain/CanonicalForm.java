package org.lowshire.portal.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The canonical byte encoding of an event that the chain hashes: a version byte, then every field in a fixed order,
 * each as a 4-byte big-endian length and its UTF-8 bytes (length -1 for null); numbers as decimal text; the list of
 * person ids as its count followed by each id. Unambiguous: no two different events encode alike.
 */
public final class CanonicalForm {

    static final byte VERSION = 1;

    private CanonicalForm() {
    }

    public static byte[] encode(StoredEvent e) {
        var out = new ByteArrayOutputStream(512);
        out.write(VERSION);
        field(out, Long.toString(e.id()));
        field(out, Long.toString(e.occurredAtMicros()));
        field(out, e.actorSubject());
        field(out, e.actorUsername());
        field(out, e.actorAgency());
        field(out, e.actorRoles());
        field(out, e.sessionRef());
        field(out, e.clientAddress());
        field(out, e.action());
        field(out, e.outcome());
        field(out, e.targetType());
        field(out, e.targetId());
        field(out, e.targetRef());
        out.writeBytes(ByteBuffer.allocate(4).putInt(e.personIds().size()).array());
        e.personIds().forEach(id -> field(out, id));
        field(out, e.purpose());
        field(out, e.recipientAgency());
        field(out, e.correlationId());
        field(out, e.details());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
