package org.lowshire.portal.request.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lowshire.portal.platform.web.Downloads;
import org.lowshire.portal.request.RequestAttachments;

/**
 * {@code /requests/attachment?id=<request>&a=<attachment>}: the file, always as a download (never rendered), after
 * the access check and the DOWNLOAD audit event; 403 or 404 pages otherwise.
 */
@WebServlet("/requests/attachment")
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestAttachments attachments;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Downloads.send(resp, () -> Downloads.file(attachments.download(req.getParameter("id"), req.getParameter("a"))));
    }
}
