package org.lowshire.portal.audit.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical form built from binary COPY bytes is byte for byte the one built from the decoded event. */
class LinkRowsTest {

    private static final long EPOCH_2000_MICROS = 946_684_800_000_000L;

    @Test
    void canonicalFormFromCopyBytesIsTheCanonicalFormOfTheEvent() throws IOException {
        var plain = ChainVerifierTest.event(42);
        var unusual = new StoredEvent(
                7,
                1_764_000_000_123_456L,
                null,
                "Zoë Ødegård",
                "",
                "a,b",
                null,
                null,
                "VIEW",
                "SUCCESS",
                null,
                null,
                null,
                List.of("p-\"1\"", "p\\2", ""),
                "reason with\ttab",
                "POLICE",
                null,
                null);
        var noPersons = new StoredEvent(
                8, 0, null, "u", null, null, null, null, "VIEW", "SUCCESS", null, null, null, List.of(), null, null,
                null, "{}");
        var links = LinkRows.read(new ByteArrayInputStream(copy(List.of(plain, unusual, noPersons), true)));
        assertEquals(4, links.size());
        assertArrayEquals(CanonicalForm.encode(plain), links.get(0).canonical());
        assertArrayEquals(CanonicalForm.encode(unusual), links.get(1).canonical());
        assertArrayEquals(CanonicalForm.encode(noPersons), links.get(2).canonical());
        assertEquals(42L, links.get(0).foundEventId());
        assertEquals(2, links.get(1).seq());
        byte[] prev = new byte[32];
        assertArrayEquals(
                ChainHash.link(prev, 1, plain),
                new LinkHasher().link(prev, 1, links.get(0).canonical()));
        assertArrayEquals(ChainHash.link(prev, 1, plain), new LinkHasher().link(prev, 1, plain));
        assertNull(links.get(3).foundEventId(), "an entry whose event row is gone");
        assertNull(links.get(3).canonical());
    }

    @Test
    void aTwoDimensionalPersonListCannotBeEncoded() throws IOException {
        var out = new ByteArrayOutputStream();
        var d = new DataOutputStream(out);
        header(d);
        d.writeShort(22);
        chainColumns(d, 1, 5);
        int8(d, 5);
        d.writeInt(8);
        d.writeLong(0);
        for (int i = 0; i < 11; i++) {
            d.writeInt(-1);
        }
        var array = new ByteArrayOutputStream();
        var a = new DataOutputStream(array);
        a.writeInt(2);
        a.writeInt(0);
        a.writeInt(1043);
        a.writeInt(1);
        a.writeInt(1);
        a.writeInt(2);
        a.writeInt(1);
        text(a, "p-1");
        text(a, "p-2");
        d.writeInt(array.size());
        d.write(array.toByteArray());
        for (int i = 0; i < 4; i++) {
            d.writeInt(-1);
        }
        d.writeShort(-1);
        var links = LinkRows.read(new ByteArrayInputStream(out.toByteArray()));
        assertNull(links.get(0).canonical(), "a shape the chainer never writes is reported as altered");
    }

    /** What PostgreSQL sends for {@link LinkRows#COLUMNS}, plus one entry whose event is missing. */
    private static byte[] copy(List<StoredEvent> events, boolean withMissing) throws IOException {
        var out = new ByteArrayOutputStream();
        var d = new DataOutputStream(out);
        header(d);
        long seq = 1;
        for (StoredEvent e : events) {
            d.writeShort(22);
            chainColumns(d, seq++, e.id());
            int8(d, e.id());
            d.writeInt(8);
            d.writeLong(e.occurredAtMicros() - EPOCH_2000_MICROS);
            for (String s : new String[] {
                e.actorSubject(),
                e.actorUsername(),
                e.actorAgency(),
                e.actorRoles(),
                e.sessionRef(),
                e.clientAddress(),
                e.action(),
                e.outcome(),
                e.targetType(),
                e.targetId(),
                e.targetRef()
            }) {
                text(d, s);
            }
            var array = new ByteArrayOutputStream();
            var a = new DataOutputStream(array);
            a.writeInt(e.personIds().isEmpty() ? 0 : 1);
            a.writeInt(0);
            a.writeInt(1043);
            if (!e.personIds().isEmpty()) {
                a.writeInt(e.personIds().size());
                a.writeInt(1);
                for (String p : e.personIds()) {
                    text(a, p);
                }
            }
            d.writeInt(array.size());
            d.write(array.toByteArray());
            for (String s : new String[] {e.purpose(), e.recipientAgency(), e.correlationId(), e.details()}) {
                text(d, s);
            }
        }
        if (withMissing) {
            d.writeShort(22);
            chainColumns(d, seq, 99);
            for (int i = 4; i < 22; i++) {
                d.writeInt(-1);
            }
        }
        d.writeShort(-1);
        return out.toByteArray();
    }

    private static void header(DataOutputStream d) throws IOException {
        d.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0});
        d.writeInt(0);
        d.writeInt(0);
    }

    private static void chainColumns(DataOutputStream d, long seq, long eventId) throws IOException {
        int8(d, seq);
        int8(d, eventId);
        d.writeInt(32);
        d.write(new byte[32]);
        d.writeInt(32);
        d.write(new byte[32]);
    }

    private static void int8(DataOutputStream d, long v) throws IOException {
        d.writeInt(8);
        d.writeLong(v);
    }

    private static void text(DataOutputStream d, String s) throws IOException {
        if (s == null) {
            d.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }
}
