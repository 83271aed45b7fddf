package org.lowshire.portal.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.lowshire.portal.security.AccessDenied;
import org.lowshire.portal.shared.RecordNotFound;

/**
 * Sends a file as a download that is never rendered or cached; a refusal is the 403 page (already audited by the
 * service that refused) and an unknown record the 404 page.
 */
public final class Downloads {

    private Downloads() {}

    /** What is sent: its type, its Content-Disposition (always an attachment) and its bytes. */
    public record Payload(String contentType, String disposition, byte[] content) {}

    /** A stored file (an attachment or a signed consent document) under its sanitised name. */
    public static Payload file(org.lowshire.portal.attachment.AttachmentStore.Download file) {
        return new Payload(
                file.contentType(),
                org.lowshire.portal.attachment.FileNames.contentDisposition(file.fileName()),
                file.content());
    }

    public static Payload pdf(String fileName, byte[] content) {
        return new Payload("application/pdf", "attachment; filename=\"" + fileName + "\"", content);
    }

    public static void send(HttpServletResponse resp, Supplier<Payload> payload) throws IOException {
        Payload file;
        try {
            file = payload.get();
        } catch (AccessDenied e) {
            resp.sendError(403);
            return;
        } catch (RecordNotFound e) {
            resp.sendError(404);
            return;
        }
        resp.setContentType(file.contentType());
        resp.setHeader("Content-Disposition", file.disposition());
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLengthLong(file.content().length);
        resp.getOutputStream().write(file.content());
    }
}
