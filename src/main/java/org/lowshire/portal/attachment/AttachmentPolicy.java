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

    /** The types accepted, each with the extension a stored file of that type is served under. */
    static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", "pdf",
            "image/png", "png",
            "image/jpeg", "jpg",
            "text/plain", "txt",
            "message/rfc822", "eml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
            "application/vnd.oasis.opendocument.text", "odt");

    static final Set<String> ALLOWED = EXTENSIONS.keySet();

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

    /** The extension of an accepted type ({@code bin} for none, which the policy never stores). */
    static String extensionOf(String contentType) {
        return EXTENSIONS.getOrDefault(contentType, "bin");
    }

    /** The sanitised name the user gave (display text only) and the type detected from the content. */
    public record Inspection(String fileName, String contentType) {}
}
