package org.lowshire.portal.audit.chain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads chain entries joined with their events from PostgreSQL's binary COPY format ({@link #COLUMNS}, in that
 * order) and builds each event's {@link CanonicalForm} straight from the bytes as sent: binary COPY frames every
 * value as a 4-byte length (-1 for null) and its bytes, text in UTF-8 (the connection's encoding), which is the
 * canonical form's own framing. So no strings are decoded and re-encoded; the result is byte for byte what
 * {@link CanonicalForm#encode} gives for the same stored event.
 */
public final class LinkRows {

    /** The select list, chain {@code c} left-joined with event {@code e}; time as sent (microseconds since 2000). */
    public static final String COLUMNS = "c.seq, c.event_id, c.prev_hash, c.hash, e.id, e.occurred_at,"
            + " e.actor_subject, e.actor_username, e.actor_agency, e.actor_roles, e.session_ref, e.client_address,"
            + " e.action, e.outcome, e.target_type, e.target_id, e.target_ref, e.person_ids, e.purpose,"
            + " e.recipient_agency, e.correlation_id, e.details::text";

    private static final int FIELDS = 22;
    private static final int TEXT_BEFORE_PERSONS = 11;
    private static final int TEXT_AFTER_PERSONS = 4;
    private static final long EPOCH_2000_MICROS = 946_684_800_000_000L;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private LinkRows() {}

    /** All rows of one binary COPY stream, in the order sent. */
    public static List<StoredLink> read(InputStream stream) throws IOException {
        var in = new BinaryCopyInput(stream);
        byte[] signature = in.readBytes(SIGNATURE.length);
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new IOException("not a binary COPY stream");
        }
        in.readInt();
        in.readBytes(in.readInt());
        List<StoredLink> links = new ArrayList<>();
        var out = new CanonicalForm.Buffer();
        short fields;
        while ((fields = in.readShort()) != -1) {
            if (fields != FIELDS) {
                throw new IOException("expected " + FIELDS + " columns, got " + fields);
            }
            links.add(row(in, out));
        }
        return links;
    }

    private static StoredLink row(BinaryCopyInput in, CanonicalForm.Buffer out) throws IOException {
        long seq = int8(in);
        long eventId = int8(in);
        byte[] prevHash = bytes(in);
        byte[] hash = bytes(in);
        if (in.readInt() == -1) {
            // no event row: the other event columns are null too
            for (int i = 5; i < FIELDS; i++) {
                skip(in);
            }
            return new StoredLink(seq, eventId, prevHash, hash, null, null);
        }
        long id = in.readLong();
        in.readInt();
        long micros = in.readLong() + EPOCH_2000_MICROS;
        out.reset();
        out.write(CanonicalForm.VERSION);
        out.field(Long.toString(id));
        out.field(Long.toString(micros));
        copyFields(in, out, TEXT_BEFORE_PERSONS);
        boolean canonical = persons(in, out);
        copyFields(in, out, TEXT_AFTER_PERSONS);
        return new StoredLink(seq, eventId, prevHash, hash, id, canonical ? out.toByteArray() : null);
    }

    /** Count, then each id framed like any field; false for shapes the chainer never writes (several dimensions). */
    private static boolean persons(BinaryCopyInput in, CanonicalForm.Buffer out) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            out.writeInt(0);
            return true;
        }
        int dimensions = in.readInt();
        in.readInt();
        in.readInt();
        if (dimensions == 0) {
            out.writeInt(0);
            return true;
        }
        int count = 1;
        boolean plain = dimensions == 1;
        for (int d = 0; d < dimensions; d++) {
            count *= in.readInt();
            plain &= in.readInt() == 1;
        }
        out.writeInt(count);
        copyFields(in, out, count);
        return plain;
    }

    private static void copyFields(BinaryCopyInput in, CanonicalForm.Buffer out, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            int length = in.readInt();
            out.writeInt(length);
            if (length > 0) {
                in.readFully(out.reserve(length), out.length() - length, length);
            }
        }
    }

    private static long int8(BinaryCopyInput in) throws IOException {
        if (in.readInt() != 8) {
            throw new IOException("expected a bigint");
        }
        return in.readLong();
    }

    private static byte[] bytes(BinaryCopyInput in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : in.readBytes(length);
    }

    private static void skip(BinaryCopyInput in) throws IOException {
        int length = in.readInt();
        if (length > 0) {
            in.readBytes(length);
        }
    }
}
