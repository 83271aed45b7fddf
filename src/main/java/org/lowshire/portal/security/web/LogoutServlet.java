package org.lowshire.portal.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Signs out of the portal and of Keycloak (RP-initiated logout): ends the HTTP session, then sends the browser to
 * Keycloak's end-session endpoint, which returns it to the public signed-out page.
 *
 * <p>WildFly's OIDC client has no logout of its own. {@code request.logout()} is deliberately not called: the
 * session invalidation is what removes the tokens, and the extra call only produces a spurious logout error.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    static final String SIGNED_OUT_PAGE = "/signed-out.xhtml";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String signedOut = baseUrl(request) + SIGNED_OUT_PAGE;
        String target = signedOut;
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                && principal.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context
                && context.getOidcClientConfiguration() != null
                && context.getOidcClientConfiguration().getLogoutUrl() != null) {
            target = context.getOidcClientConfiguration().getLogoutUrl()
                    + "?client_id=" + encode(context.getOidcClientConfiguration().getResourceName())
                    + "&id_token_hint=" + encode(context.getIDTokenString())
                    + "&post_logout_redirect_uri=" + encode(signedOut);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(target);
    }

    /** A GET (a bookmarked or typed URL) shows nothing and signs out the same way. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doPost(request, response);
    }

    static String baseUrl(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
