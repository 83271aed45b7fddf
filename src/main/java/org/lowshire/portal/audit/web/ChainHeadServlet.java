package org.lowshire.portal.audit.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lowshire.portal.audit.AuditChainControl;
import org.lowshire.portal.platform.web.Downloads;

/** {@code /ig/chain-head}: the chain's latest signed head as a small text file, after its EXPORT audit event. */
@WebServlet("/ig/chain-head")
public class ChainHeadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditChainControl chain;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Downloads.send(resp, () -> {
            var head = chain.head();
            return new Downloads.Payload(
                    "text/plain;charset=US-ASCII", "attachment; filename=\"" + head.fileName() + "\"", head.content());
        });
    }
}
