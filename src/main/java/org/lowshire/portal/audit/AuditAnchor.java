package org.lowshire.portal.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import org.lowshire.portal.audit.chain.Checkpoint;

/**
 * The latest checkpoint, kept again in a file beside the signing key, outside the database. Someone who cuts the
 * chain's tail off together with the checkpoints covering it leaves a chain that is consistent in itself; this
 * anchor still names the entry the portal last signed. Written only after the checkpoint's transaction committed.
 */
final class AuditAnchor {

    private final Path file;

    AuditAnchor(Path file) {
        this.file = file;
    }

    void write(Checkpoint checkpoint) throws IOException {
        var b64 = Base64.getEncoder();
        String line = checkpoint.seq() + " " + b64.encodeToString(checkpoint.headHash()) + " " + checkpoint.keyId()
                + " " + b64.encodeToString(checkpoint.signature()) + "\n";
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, line);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The anchored checkpoint, or null before the first one. */
    Checkpoint read() throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        String[] parts = Files.readString(file).trim().split(" ");
        var b64 = Base64.getDecoder();
        return new Checkpoint(Long.parseLong(parts[0]), b64.decode(parts[1]), parts[2], b64.decode(parts[3]));
    }
}
