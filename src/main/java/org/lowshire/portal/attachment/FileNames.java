package org.lowshire.portal.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Safe names for uploaded files: no path, no control or shell characters, bounded length, extension kept. */
public final class FileNames {

    static final int MAX = 120;

    private FileNames() {}

    public static String sanitise(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\"'<>:|?*;`$%]", "")
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

    /** RFC 6266 header: an ASCII fallback and the UTF-8 name, always as an attachment (never shown inline). */
    public static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
