package org.lowshire.portal.platform.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.lowshire.portal.attachment.AttachmentRefused;

/** Reading a file posted from a page's file input, never more than one byte past the limit. */
public final class UploadedFiles {

    private UploadedFiles() {}

    /** The name the browser gave, or null when no file was chosen. */
    public static String name(Part file) {
        return file == null ? null : file.getSubmittedFileName();
    }

    /** The bytes (empty when no file was chosen); an oversized file is refused without being held whole. */
    public static byte[] read(Part file, long maxBytes) {
        if (file == null || file.getSize() == 0) {
            return new byte[0];
        }
        if (file.getSize() > maxBytes) {
            throw new AttachmentRefused("attachment.error.tooLarge");
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code maxBytes + 1} bytes (empty when no file was chosen), so the reader can tell a file too large. */
    public static byte[] readAtMost(Part file, int maxBytes) {
        if (file == null || file.getSize() == 0) {
            return new byte[0];
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
