package org.lowshire.portal.consent.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.consent.ConsentReceipt;
import org.lowshire.portal.consent.ConsentService;
import org.lowshire.portal.platform.web.Downloads;

/** {@code /requests/consent-receipt?id=<consent>}: the consent receipt PDF, after the access check and EXPORT event. */
@WebServlet("/requests/consent-receipt")
public class ConsentReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsentService consents;

    @Inject
    transient AgencyDirectory agencies;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Downloads.send(
                resp,
                () -> Downloads.pdf(
                        "consent-receipt.pdf",
                        ConsentReceipt.pdf(consents.forReceipt(req.getParameter("id")), agencies::nameOf)));
    }
}
