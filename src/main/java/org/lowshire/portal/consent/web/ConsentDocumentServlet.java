package org.lowshire.portal.consent.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lowshire.portal.consent.ConsentService;
import org.lowshire.portal.platform.web.Downloads;

/** {@code /requests/consent-document?id=<consent>&d=<document>}: a signed consent document, after the DOWNLOAD event. */
@WebServlet("/requests/consent-document")
public class ConsentDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsentService consents;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Downloads.send(resp, () -> Downloads.file(consents.document(req.getParameter("id"), req.getParameter("d"))));
    }
}
