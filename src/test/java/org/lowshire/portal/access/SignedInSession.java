package org.lowshire.portal.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lowshire.portal.devstack.TestStack;

/**
 * A browser's session without a browser: an HTTP client with its own cookie jar that signs in once through
 * Keycloak's login form (GET a page, follow the redirects to Keycloak, post the {@code kc-form-login} form, follow
 * the redirects back), then calls pages and servlets with the portal's session cookie. Redirects are not followed
 * on calls, so a 302 back to Keycloak (signed out) can be told from an answer.
 */
public final class SignedInSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    /** What a browser asks for: without text/html the portal's OIDC adapter treats the call as bearer-only. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new PlainHttpCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public static SignedInSession signIn(String username, String password) {
        var session = new SignedInSession();
        session.login(username, password);
        return session;
    }

    private void login(String username, String password) {
        var page = follow(get(URI.create(TestStack.config().appBaseUrl() + "/")));
        var form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("No Keycloak login form for " + username + " at " + page.uri());
        }
        var action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("The login form has no action: " + form.group());
        }
        URI target = page.uri().resolve(action.group(1).replace("&amp;", "&"));
        String body = Map.of("username", username, "password", password, "credentialId", "").entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var back = follow(send(HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", BROWSER_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build()));
        if (back.statusCode() != 200
                || !back.uri().toString().startsWith(TestStack.config().appBaseUrl())) {
            throw new IllegalStateException("Sign-in of " + username + " ended at " + back.statusCode() + " "
                    + back.uri() + " " + back.body().replaceAll("\\s+", " ").replaceAll("^.*<body", "<body"));
        }
    }

    /** A GET of a portal path (e.g. {@code /requests/view.xhtml?id=…}), redirects not followed. */
    public HttpResponse<String> get(String appPath) {
        return get(URI.create(TestStack.config().appBaseUrl() + appPath));
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", BROWSER_ACCEPT)
                .GET()
                .build());
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        var current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = get(current.uri().resolve(location));
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keycloak marks its login cookies Secure; a browser sends them to 127.0.0.1 over plain HTTP anyway, Java's
     * cookie manager does not. The test servers are plain HTTP on the loopback, so the flag is dropped here.
     */
    private static final class PlainHttpCookies extends java.net.CookieHandler {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            var plain = new java.util.HashMap<String, List<String>>();
            responseHeaders.forEach((name, values) -> plain.put(
                    name,
                    name != null && name.equalsIgnoreCase("Set-Cookie")
                            ? values.stream()
                                    .map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", ""))
                                    .toList()
                            : values));
            cookies.put(uri, plain);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
