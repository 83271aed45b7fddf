package org.lowshire.portal.platform.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.lowshire.portal.shared.Texts;

/**
 * The portal's own "sign-in is unavailable" page (503) for a browser that would have to sign in while Keycloak does
 * not answer. Without it the OIDC mechanism, which runs before any servlet filter, sends the browser to Keycloak and
 * the browser shows a connection error. Signed-in sessions, the bearer-only API and static resources are untouched.
 * An Undertow outer handler (before authentication), registered in {@code META-INF/services}.
 */
public class SignInAvailability implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(SignInAvailability.class);

    /** How long one answer about Keycloak holds, so a burst of page views costs one connection attempt. */
    private static final long RECHECK_MILLIS = 3_000;

    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private record Known(boolean reachable, long at) {}

    private final AtomicReference<Known> known = new AtomicReference<>(new Known(true, 0));
    private InetSocketAddress provider;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        URI url = URI.create(System.getenv().getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:8180"));
        int port = url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        provider = InetSocketAddress.createUnresolved(url.getHost(), port);
        deployment.addOuterHandlerChainWrapper(next -> exchange -> handle(next, exchange));
    }

    private void handle(HttpHandler next, HttpServerExchange exchange) throws Exception {
        if (wouldSignIn(exchange) && !reachable()) {
            unavailable(exchange);
            return;
        }
        next.handleRequest(exchange);
    }

    /** A browser's page request without a session: the OIDC mechanism would send it to Keycloak. */
    private static boolean wouldSignIn(HttpServerExchange exchange) {
        if (!Methods.GET.equals(exchange.getRequestMethod())) {
            return false;
        }
        String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
        if (accept == null || !accept.contains("text/html")) {
            return false;
        }
        var context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        if (context == null) {
            return false;
        }
        var request = (HttpServletRequest) context.getServletRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/")
                && !path.startsWith("/jakarta.faces.resource/")
                && !path.startsWith("/resources/")
                && request.getSession(false) == null;
    }

    private boolean reachable() {
        long now = System.currentTimeMillis();
        Known last = known.get();
        if (now - last.at() < RECHECK_MILLIS) {
            return last.reachable();
        }
        boolean reachable;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(provider.getHostString(), provider.getPort()), CONNECT_TIMEOUT_MILLIS);
            reachable = true;
        } catch (IOException e) {
            reachable = false;
        }
        if (reachable != last.reachable()) {
            if (reachable) {
                LOG.info("The identity provider answers again: sign-in is available");
            } else {
                LOG.warn("The identity provider does not answer: new sign-ins get the sign-in-unavailable page");
            }
        }
        known.set(new Known(reachable, now));
        return reachable;
    }

    private static void unavailable(HttpServerExchange exchange) {
        String title = Texts.text("signInUnavailable.title");
        String html = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"><title>" + escape(title)
                + " - Lowshire Safeguarding Partnership</title><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"></head><body><main><h1>" + escape(title)
                + "</h1><p>" + escape(Texts.text("signInUnavailable.body")) + "</p><p><a href=\""
                + escape(exchange.getRequestURI()) + "\">" + escape(Texts.text("signInUnavailable.retry"))
                + "</a></p></main></body></html>";
        exchange.setStatusCode(503);
        var headers = exchange.getResponseHeaders();
        headers.put(Headers.CONTENT_TYPE, "text/html;charset=UTF-8");
        headers.put(Headers.RETRY_AFTER, "30");
        headers.put(Headers.CACHE_CONTROL, "no-store");
        headers.put(Headers.CONTENT_SECURITY_POLICY, "default-src 'none'; frame-ancestors 'none'");
        headers.put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
        exchange.getResponseSender().send(html, StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
