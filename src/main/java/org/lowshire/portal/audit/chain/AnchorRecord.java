package org.lowshire.portal.audit.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

/**
 * One line of the append-only anchor log kept beside the signing key: {@code kind time fields… keyId signature}, the
 * signature (Ed25519, same key as the checkpoints) over everything before it. Kinds: {@code checkpoint} (a committed
 * checkpoint: seq, head hash, previous seq, previous hash, the checkpoint's own signature), {@code halt} (chaining
 * stopped: anchored seq, first bad seq) and {@code resume} (an IG officer resumed it: anchored seq, how, head seq, who).
 */
public record AnchorRecord(String kind, Instant at, List<String> fields, String keyId, byte[] signature) {

    public static final String CHECKPOINT = "checkpoint";
    public static final String HALT = "halt";
    public static final String RESUME = "resume";

    private static final byte[] TAG = "lowshire-audit-anchor-v1\n".getBytes(StandardCharsets.US_ASCII);

    public AnchorRecord {
        fields = List.copyOf(fields);
    }

    /** Thrown for a line that is not a well-formed record. */
    public static final class Malformed extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Malformed(String problem) {
            super(problem);
        }
    }

    public static AnchorRecord of(Checkpoint c, Instant at, SigningKey key) {
        var b64 = Base64.getEncoder();
        List<String> fields = List.of(
                Long.toString(c.seq()),
                b64.encodeToString(c.headHash()),
                c.prevSeq() == null ? "-" : Long.toString(c.prevSeq()),
                c.prevHash() == null ? "-" : b64.encodeToString(c.prevHash()),
                c.keyId(),
                b64.encodeToString(c.signature()));
        return signed(CHECKPOINT, at, fields, key);
    }

    public static AnchorRecord signed(String kind, Instant at, List<String> fields, SigningKey key) {
        for (String f : fields) {
            if (f.isEmpty() || f.chars().anyMatch(ch -> ch <= ' ' || ch > '~')) {
                throw new IllegalArgumentException("anchor fields are single printable words");
            }
        }
        String body = body(kind, at, fields, key.keyId());
        return new AnchorRecord(kind, at, fields, key.keyId(), key.sign(payload(body)));
    }

    /** The line, without its line break. */
    public String line() {
        return body(kind, at, fields, keyId) + " " + Base64.getEncoder().encodeToString(signature);
    }

    public static AnchorRecord parse(String line) {
        String[] t = line.strip().split(" ");
        if (t.length < 4) {
            throw new Malformed("too few fields");
        }
        Instant at;
        try {
            at = Instant.parse(t[1]);
        } catch (DateTimeParseException e) {
            throw new Malformed("not a time");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(t[t.length - 1]);
        } catch (IllegalArgumentException e) {
            throw new Malformed("signature not base64");
        }
        var record = new AnchorRecord(t[0], at, List.of(t).subList(2, t.length - 2), t[t.length - 2], signature);
        if (record.kind.equals(CHECKPOINT) && record.fields.size() != 6) {
            throw new Malformed("a checkpoint record has six fields");
        }
        return record;
    }

    public boolean signedBy(SignatureCheck signatures) {
        return signatures.verify(keyId, payload(body(kind, at, fields, keyId)), signature);
    }

    /** The checkpoint a {@code checkpoint} record holds. */
    public Checkpoint checkpoint() {
        if (!kind.equals(CHECKPOINT)) {
            throw new IllegalStateException("not a checkpoint record");
        }
        var b64 = Base64.getDecoder();
        try {
            boolean first = "-".equals(fields.get(2));
            return new Checkpoint(
                    Long.parseLong(fields.get(0)),
                    b64.decode(fields.get(1)),
                    first ? null : Long.parseLong(fields.get(2)),
                    first ? null : b64.decode(fields.get(3)),
                    fields.get(4),
                    b64.decode(fields.get(5)));
        } catch (IllegalArgumentException e) {
            throw new Malformed("checkpoint fields unreadable");
        }
    }

    private static String body(String kind, Instant at, List<String> fields, String keyId) {
        return String.join(" ", kind, at.toString(), String.join(" ", fields), keyId)
                .replace("  ", " ");
    }

    private static byte[] payload(String body) {
        byte[] text = body.getBytes(StandardCharsets.US_ASCII);
        byte[] payload = new byte[TAG.length + text.length];
        System.arraycopy(TAG, 0, payload, 0, TAG.length);
        System.arraycopy(text, 0, payload, TAG.length, text.length);
        return payload;
    }
}
