package org.lowshire.portal.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /keep-alive}: "Stay signed in" on the session-timeout warning. Reaching it (signed in, like every page)
 * restarts the session's idle clock; it answers 204 and carries nothing. A lapsed session is sent to sign in
 * instead, which the warning treats as signed out.
 */
@WebServlet("/keep-alive")
public class KeepAliveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        if (req.getSession(false) == null) {
            resp.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        resp.setHeader("Cache-Control", "no-store");
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
