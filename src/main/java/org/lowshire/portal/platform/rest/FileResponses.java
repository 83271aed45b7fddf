package org.lowshire.portal.platform.rest;

import jakarta.ws.rs.core.Response;
import org.lowshire.portal.attachment.AttachmentStore;
import org.lowshire.portal.attachment.FileNames;

/** A stored file as an API response: its type by content, always an attachment, never cached. */
public final class FileResponses {

    private FileResponses() {}

    public static Response of(AttachmentStore.Download file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", FileNames.contentDisposition(file.fileName()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
