package org.lowshire.portal.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Names for uploaded files. The name the user gave is display text only, sanitised (no path, no control or shell
 * characters, bounded length); a file is always served under a name the portal makes, from its id and the extension
 * of the type detected from its content, so a {@code report.pdf.html} that is really text is saved as {@code .txt}.
 */
public final class FileNames {

    static final int MAX = 120;

    private FileNames() {}

    public static String sanitise(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\"'<>:|?*;`$%]", "")
                // direction overrides and isolates make "txt.exe" look like "exe.txt" in a list
                .replaceAll("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("\\s+", " ")
                .strip();
        name = name.replaceAll("^[.\\s]+", "");
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot) : "";
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (ext.length() > 10) {
            ext = "";
            base = name;
        }
        if (base.isBlank()) {
            base = "attachment";
        }
        if (base.length() + ext.length() > MAX) {
            base = base.substring(0, MAX - ext.length()).strip();
        }
        return base + ext;
    }

    /** The name a stored file is served under: never the user's, always the detected type's extension. */
    public static String served(String attachmentUuid, String contentType) {
        String id = attachmentUuid.replaceAll("[^0-9a-fA-F-]", "");
        return "lowshire-" + id + "." + AttachmentPolicy.extensionOf(contentType);
    }

    /** RFC 6266 header: an ASCII fallback and the UTF-8 name, always as an attachment (never shown inline). */
    public static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
