package org.lowshire.portal.audit.chain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chain's signed head as a small text file an IG officer keeps outside the portal: the latest checkpoint (its
 * entry, head hash, the previous checkpoint it extends, key id and signature), one {@code name=value} per line. The
 * signature is the checkpoint's own, so the file proves itself with the portal's public key and nothing else.
 */
public final class HeadFile {

    public static final String FORMAT = "lowshire-audit-head-v1";
    /** Larger files are refused unread. */
    public static final int MAX_BYTES = 4096;

    private static final String[] FIELDS = {"format", "seq", "hash", "previous-seq", "previous-hash", "key", "signature"
    };

    /** The file could not be read as a head file; {@code problem} says what was wrong, without echoing it. */
    public static final class Unreadable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Unreadable(String problem) {
            super(problem);
        }
    }

    private HeadFile() {}

    public static byte[] write(Checkpoint head) {
        if (head.prevSeq() == null) {
            throw new IllegalArgumentException("only checkpoints that name their predecessor are written as heads");
        }
        var b64 = Base64.getEncoder();
        String text = "# Lowshire portal audit trail head. Keep it outside the portal; check it on the verification"
                + " page.\n"
                + "format=" + FORMAT + "\n"
                + "seq=" + head.seq() + "\n"
                + "hash=" + b64.encodeToString(head.headHash()) + "\n"
                + "previous-seq=" + head.prevSeq() + "\n"
                + "previous-hash=" + b64.encodeToString(head.prevHash()) + "\n"
                + "key=" + head.keyId() + "\n"
                + "signature=" + b64.encodeToString(head.signature()) + "\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads a head file; its signature is not checked here. */
    public static Checkpoint read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new Unreadable("empty");
        }
        if (file.length > MAX_BYTES) {
            throw new Unreadable("too large");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String raw : new String(file, StandardCharsets.US_ASCII).split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 1) {
                throw new Unreadable("a line is not name=value");
            }
            String name = line.substring(0, eq);
            if (!java.util.List.of(FIELDS).contains(name)) {
                throw new Unreadable("unknown field");
            }
            if (values.put(name, line.substring(eq + 1)) != null) {
                throw new Unreadable("a field appears twice");
            }
        }
        for (String name : FIELDS) {
            if (!values.containsKey(name)) {
                throw new Unreadable("field " + name + " is missing");
            }
        }
        if (!FORMAT.equals(values.get("format"))) {
            throw new Unreadable("not a head file of this format");
        }
        long seq = number(values.get("seq"));
        long prevSeq = number(values.get("previous-seq"));
        if (seq < 1 || prevSeq < 0 || prevSeq >= seq) {
            throw new Unreadable("entry numbers out of range");
        }
        String key = values.get("key");
        if (!key.matches("[a-z0-9]{1,16}:[0-9a-f]{1,64}")) {
            throw new Unreadable("not a key id");
        }
        return new Checkpoint(
                seq,
                bytes(values.get("hash"), 32),
                prevSeq,
                bytes(values.get("previous-hash"), 32),
                key,
                bytes(values.get("signature"), 64));
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Unreadable("not a number");
        }
    }

    private static byte[] bytes(String b64, int length) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("not base64");
        }
        if (bytes.length != length) {
            throw new Unreadable("wrong length");
        }
        return bytes;
    }
}
