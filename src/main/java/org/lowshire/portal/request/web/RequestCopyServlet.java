package org.lowshire.portal.request.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.platform.web.Downloads;
import org.lowshire.portal.request.RequestCopy;
import org.lowshire.portal.request.RequestService;
import org.lowshire.portal.security.CurrentUser;

/** {@code /requests/copy?id=<request>}: a PDF copy of the request, after the access check and the EXPORT event. */
@WebServlet("/requests/copy")
public class RequestCopyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestService requests;

    @Inject
    transient AgencyDirectory agencies;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Downloads.send(
                resp,
                () -> Downloads.pdf(
                        "request-copy.pdf",
                        RequestCopy.pdf(
                                requests.forCopy(req.getParameter("id")),
                                agencies::nameOf,
                                currentUser.require().displayName(),
                                clock.instant())));
    }
}
