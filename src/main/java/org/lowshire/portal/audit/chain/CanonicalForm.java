package org.lowshire.portal.audit.chain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The canonical byte encoding of an event that the chain hashes: a version byte, then every field in a fixed order,
 * each as a 4-byte big-endian length and its UTF-8 bytes (length -1 for null); numbers as decimal text; the list of
 * person ids as its count followed by each id. Unambiguous: no two different events encode alike.
 */
public final class CanonicalForm {

    static final byte VERSION = 1;

    private CanonicalForm() {}

    public static byte[] encode(StoredEvent e) {
        var out = new Buffer();
        encodeInto(e, out);
        return out.toByteArray();
    }

    /** Appends the encoding of {@code e} to {@code out}. */
    static void encodeInto(StoredEvent e, Buffer out) {
        out.write(VERSION);
        out.field(Long.toString(e.id()));
        out.field(Long.toString(e.occurredAtMicros()));
        out.field(e.actorSubject());
        out.field(e.actorUsername());
        out.field(e.actorAgency());
        out.field(e.actorRoles());
        out.field(e.sessionRef());
        out.field(e.clientAddress());
        out.field(e.action());
        out.field(e.outcome());
        out.field(e.targetType());
        out.field(e.targetId());
        out.field(e.targetRef());
        List<String> persons = e.personIds();
        out.writeInt(persons.size());
        for (String id : persons) {
            out.field(id);
        }
        out.field(e.purpose());
        out.field(e.recipientAgency());
        out.field(e.correlationId());
        out.field(e.details());
    }

    /** A growable byte array, reused between events by {@link LinkHasher}. */
    static final class Buffer {

        private byte[] bytes = new byte[512];
        private int length;

        byte[] bytes() {
            return bytes;
        }

        int length() {
            return length;
        }

        void reset() {
            length = 0;
        }

        /** Makes room for {@code n} more bytes and counts them as written; returns the array to fill them into. */
        byte[] reserve(int n) {
            ensure(n);
            length += n;
            return bytes;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }

        void write(int b) {
            ensure(1);
            bytes[length++] = (byte) b;
        }

        void writeInt(int v) {
            ensure(4);
            bytes[length++] = (byte) (v >>> 24);
            bytes[length++] = (byte) (v >>> 16);
            bytes[length++] = (byte) (v >>> 8);
            bytes[length++] = (byte) v;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        /** Length and UTF-8 bytes, or length -1 for null; ASCII (nearly everything here) without a copy. */
        void field(String value) {
            if (value == null) {
                writeInt(-1);
                return;
            }
            int n = value.length();
            ensure(4 + n);
            int start = length + 4;
            for (int i = 0; i < n; i++) {
                char ch = value.charAt(i);
                if (ch >= 0x80) {
                    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                    writeInt(utf8.length);
                    ensure(utf8.length);
                    System.arraycopy(utf8, 0, bytes, length, utf8.length);
                    length += utf8.length;
                    return;
                }
                bytes[start + i] = (byte) ch;
            }
            writeInt(n);
            length += n;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
