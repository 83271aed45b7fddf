package org.lowshire.portal.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;
import org.lowshire.portal.shared.Texts;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Signs out of the portal and of Keycloak (RP-initiated logout): ends the HTTP session, then sends the browser to
 * Keycloak's end-session endpoint, which returns it to the public signed-out page.
 *
 * <p>Only a POST signs out (the layout's Sign out button is a form), and only from the portal's own pages: a POST
 * whose {@code Origin} names another origin is refused with 403 and signs nobody out. A GET (a link, an image, a
 * prefetch) answers 405 and changes nothing.
 *
 * <p>WildFly's OIDC client has no logout of its own. {@code request.logout()} is deliberately not called: the
 * session invalidation is what removes the tokens, and the extra call only produces a spurious logout error.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LogoutServlet.class);

    static final String SIGNED_OUT_PAGE = "/signed-out.xhtml";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!fromOwnPages(request)) {
            LOG.warn("Refused a sign-out posted from another origin");
            plainPage(request, response, HttpServletResponse.SC_FORBIDDEN, "signOut.crossSite");
            return;
        }
        String signedOut = baseUrl(request) + SIGNED_OUT_PAGE;
        String target = signedOut;
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                && principal.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context
                && context.getOidcClientConfiguration() != null
                && context.getOidcClientConfiguration().getLogoutUrl() != null) {
            target = context.getOidcClientConfiguration().getLogoutUrl()
                    + "?client_id="
                    + encode(context.getOidcClientConfiguration().getResourceName())
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

    /** A GET (a bookmarked or typed URL, a link from elsewhere) signs nobody out: 405, the user stays signed in. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        plainPage(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "signOut.getRefused");
    }

    static String baseUrl(HttpServletRequest request) {
        return origin(request) + request.getContextPath();
    }

    /** The portal's own origin as the browser sees it ({@code scheme://host[:port]}), as an {@code Origin} names it. */
    static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    /**
     * Whether a POST comes from the portal's own pages. An {@code Origin} naming another origin is refused. The
     * portal sends {@code Referrer-Policy: no-referrer}, so browsers send {@code Origin: null} even on its own form:
     * that is accepted only with {@code Sec-Fetch-Site: same-origin}, which a page cannot forge. A POST the browser
     * marks cross-site or same-site (another port or subdomain) is refused. No Origin at all (not a browser's form
     * post from elsewhere) is accepted.
     */
    static boolean fromOwnPages(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equalsIgnoreCase(origin(request))) {
            return true;
        }
        return "null".equals(origin) && "same-origin".equalsIgnoreCase(site);
    }

    /** A short page (no layout, nothing of the user) saying why nothing happened, with a way back. */
    private static void plainPage(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        String title = escape(Texts.text(key + ".title"));
        String html = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " – " + escape(Texts.text("service.short")) + "</title></head>"
                + "<body><main><h1 id=\"sign-out-refused\">" + title + "</h1>"
                + "<p>" + escape(Texts.text(key + ".body")) + "</p>"
                + "<p><a href=\"" + escape(request.getContextPath()) + "/\">" + escape(Texts.text("error.home"))
                + "</a></p></main></body></html>\n";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
