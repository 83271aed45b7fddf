package org.lowshire.portal.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;
import org.lowshire.portal.audit.chain.AnchorRecord;
import org.lowshire.portal.audit.chain.Checkpoint;
import org.lowshire.portal.audit.chain.SignatureCheck;

/**
 * The anchor log beside the signing key, outside the database: one signed line per committed checkpoint, and one per
 * halt and resume of the chainer, only ever appended (and fsynced) and never rewritten. Someone who cuts the chain's
 * tail off together with its checkpoints leaves a chain consistent in itself; the log still names the entry the
 * portal last signed. The chainer halts while a marker file beside it says so, so a restart does not resume.
 */
final class AuditAnchor {

    private static final Logger LOG = Logger.getLogger(AuditAnchor.class);
    private static final int TAIL = 64 * 1024;

    private final Path log;
    private final Path legacy;
    private final Path haltMarker;
    private final SignatureCheck signatures;
    private Checkpoint latest;
    private boolean loaded;

    AuditAnchor(Path directory, SignatureCheck signatures) {
        this.log = directory.resolve("checkpoint-anchor.log");
        this.legacy = directory.resolve("checkpoint-anchor");
        this.haltMarker = directory.resolve("chain-halted");
        this.signatures = signatures;
    }

    Path log() {
        return log;
    }

    /** Appends one record and forces it to disk before returning. */
    void append(AnchorRecord record) throws IOException {
        append(List.of(record));
    }

    /** Appends records in order with one write and one fsync (a chainer run's checkpoints). */
    synchronized void append(List<AnchorRecord> records) throws IOException {
        boolean created = !Files.exists(log);
        StringBuilder lines = new StringBuilder();
        records.forEach(r -> lines.append(r.line()).append('\n'));
        try (FileChannel out =
                FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.US_ASCII));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
        if (created) {
            syncDirectory(log.getParent());
        }
        for (AnchorRecord r : records) {
            if (r.kind().equals(AnchorRecord.CHECKPOINT)) {
                latest = r.checkpoint();
                loaded = true;
            }
        }
    }

    /** The last anchored checkpoint, or null before the first one: from the log's tail, else the old single file. */
    synchronized Checkpoint latest() throws IOException {
        if (!loaded) {
            latest = lastCheckpoint(tail());
            if (latest == null && Files.exists(log) && Files.size(log) > TAIL) {
                latest = lastCheckpoint(records(log));
            }
            if (latest == null) {
                latest = legacyAnchor();
            }
            loaded = true;
        }
        return latest;
    }

    /** Every well-formed record of a log, in order (a torn last line after a crash is skipped). */
    static List<AnchorRecord> records(Path file) throws IOException {
        List<AnchorRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            parse(line, records);
        }
        return records;
    }

    /** The last checkpoint of a log whose signature holds. */
    static Checkpoint lastCheckpoint(Path file, SignatureCheck signatures) throws IOException {
        var anchor = new AuditAnchor(file.getParent(), signatures);
        return anchor.lastCheckpoint(records(file));
    }

    private Checkpoint lastCheckpoint(List<AnchorRecord> records) {
        for (int i = records.size() - 1; i >= 0; i--) {
            AnchorRecord r = records.get(i);
            if (!r.kind().equals(AnchorRecord.CHECKPOINT)) {
                continue;
            }
            if (r.signedBy(signatures)) {
                return r.checkpoint();
            }
            LOG.warnf(
                    "An anchor log record for entry %s has an invalid signature; it is ignored",
                    r.fields().get(0));
        }
        return null;
    }

    private List<AnchorRecord> tail() throws IOException {
        List<AnchorRecord> records = new ArrayList<>();
        if (!Files.exists(log)) {
            return records;
        }
        try (var file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.US_ASCII).split("\n");
            for (int i = start == 0 ? 0 : 1; i < lines.length; i++) {
                parse(lines[i], records);
            }
        }
        return records;
    }

    private static void parse(String line, List<AnchorRecord> into) {
        if (line.isBlank()) {
            return;
        }
        try {
            into.add(AnchorRecord.parse(line));
        } catch (IllegalArgumentException e) {
            LOG.warnf("An anchor log line could not be read (%s); it is skipped", e.getMessage());
        }
    }

    /** The single overwritten file the portal kept before the log: "seq hash keyId signature". */
    private Checkpoint legacyAnchor() throws IOException {
        if (!Files.exists(legacy)) {
            return null;
        }
        String[] parts = Files.readString(legacy).trim().split(" ");
        var b64 = Base64.getDecoder();
        return new Checkpoint(Long.parseLong(parts[0]), b64.decode(parts[1]), parts[2], b64.decode(parts[3]));
    }

    /** The halt marker's text (why chaining stopped), or null while chaining. */
    String haltMarker() throws IOException {
        return Files.exists(haltMarker) ? Files.readString(haltMarker, StandardCharsets.UTF_8) : null;
    }

    void writeHaltMarker(String text) throws IOException {
        try (FileChannel out = FileChannel.open(
                haltMarker,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
        syncDirectory(haltMarker.getParent());
    }

    void removeHaltMarker() throws IOException {
        Files.deleteIfExists(haltMarker);
        syncDirectory(haltMarker.getParent());
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // not every file system lets a directory be opened for fsync; the file itself was forced
        }
    }
}
