package org.lowshire.portal.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * What may be attached: at most the configured size (default 20 MB, {@code PORTAL_ATTACHMENT_MAX_MB}), and only
 * these types, decided by the content's magic bytes with the name as a hint only. A zip is accepted as an Office or
 * OpenDocument file only when both the content (a zip) and the name say so: tika-core cannot look inside the zip.
 */
public final class AttachmentPolicy {

    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "text/plain",
            "message/rfc822",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text");

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private final long maxBytes;

    public AttachmentPolicy(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static AttachmentPolicy fromEnvironment(Map<String, String> env) {
        String mb = env.getOrDefault("PORTAL_ATTACHMENT_MAX_MB", "20");
        try {
            long n = Long.parseLong(mb.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return new AttachmentPolicy(n * 1024 * 1024);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORTAL_ATTACHMENT_MAX_MB must be a whole number of 1 or more");
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The sanitised name and the content type, or {@link AttachmentRefused}. */
    public Inspection inspect(String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new AttachmentRefused("attachment.error.empty");
        }
        if (content.length > maxBytes) {
            throw new AttachmentRefused("attachment.error.tooLarge");
        }
        String name = FileNames.sanitise(originalName);
        String type = detect(name, content);
        if (!ALLOWED.contains(type)) {
            throw new AttachmentRefused("attachment.error.type");
        }
        return new Inspection(name, type);
    }

    /** Content first: the name only refines a zip into the Office or OpenDocument type it claims to be. */
    static String detect(String name, byte[] content) {
        String byContent = detect(content, null);
        if (byContent.equals("application/zip")
                || byContent.equals("application/x-tika-ooxml")
                || byContent.equals("application/x-tika-msoffice")) {
            String byName = detect(content, name);
            return byName.startsWith("application/vnd.") ? byName : byContent;
        }
        return byContent;
    }

    private static String detect(byte[] content, String nameHint) {
        var metadata = new Metadata();
        if (nameHint != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, nameHint);
        }
        try (var in = new ByteArrayInputStream(content)) {
            MediaType type = DETECTOR.detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Inspection(String fileName, String contentType) {}
}
