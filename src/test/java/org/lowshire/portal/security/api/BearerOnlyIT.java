package org.lowshire.portal.security.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.support.Browser;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;
import org.openqa.selenium.By;

/**
 * The API is bearer-only and sign-out is a same-origin POST. A real browser session (Chromium through Keycloak's
 * login page) gives the session cookie; the calls themselves are made with a plain HTTP client carrying that cookie,
 * so each answer's status and headers can be checked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BearerOnlyIT {

    /** The session cookie's name (wildfly-config/web.cli). */
    private static final String SESSION_COOKIE = "PORTALSESSION";

    private Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aSessionCookieWithoutABearerTokenGets401OnTheApi() {
        String cookie = signedInSession("csc.practitioner");
        assertTrue(sessionWorks(cookie), "the cookie is a live session for pages");

        for (String accept : new String[] {"application/json", "*/*", "text/html"}) {
            var me = send(request("/api/me")
                    .header("Cookie", cookie)
                    .header("Accept", accept)
                    .GET());
            assertBearerRefusal(me, "Accept " + accept);
            assertFalse(me.body().contains("csc.practitioner"), "nothing of the user: " + me.body());
        }
        var xhr = send(request("/api/me")
                .header("Cookie", cookie)
                .header("X-Requested-With", "XMLHttpRequest")
                .GET());
        assertBearerRefusal(xhr, "XHR");
        var create = send(request("/api/requests")
                .header("Cookie", cookie)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertBearerRefusal(create, "POST");
        var basic = send(request("/api/me")
                .header("Cookie", cookie)
                .header("Authorization", "Basic eDp5")
                .GET());
        assertEquals(401, basic.statusCode(), "another scheme is not a bearer token");

        var withToken = send(request("/api/me")
                .header("Cookie", cookie)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + Tokens.accessToken("police.lead"))
                .GET());
        assertEquals(200, withToken.statusCode(), withToken.body());
        assertEquals(
                "police.lead", Tokens.json(withToken.body()).path("username").asText(), "the token decides");
        assertTrue(sessionWorks(cookie), "refusing the API did not end the page session");
    }

    @Test
    void aTokenInTheUrlIsRefused() {
        String token = Tokens.accessToken("csc.practitioner");
        for (String query : new String[] {
            "access_token=" + token, "ACCESS_TOKEN=" + token, "Access_Token=x", "days=1&access%5Ftoken=" + token
        }) {
            var inUrl = send(request("/api/me?" + query)
                    .header("Accept", "application/json")
                    .GET());
            assertEquals(401, inUrl.statusCode(), query.substring(0, 12) + ": " + inUrl.body());
            assertFalse(inUrl.body().contains("csc.practitioner"), inUrl.body());
            assertNoSessionCreated(inUrl);

            var alsoHeader = send(request("/api/me?" + query)
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .GET());
            assertEquals(401, alsoHeader.statusCode(), "refused even with a valid header: " + alsoHeader.body());
            assertProblem(alsoHeader);
            assertTrue(alsoHeader
                    .headers()
                    .firstValue("WWW-Authenticate")
                    .orElse("")
                    .startsWith("Bearer"));
            String detail = Tokens.json(alsoHeader.body()).path("detail").asText();
            assertTrue(detail.contains("web address"), "its own detail, not the bearer-required one: " + detail);
            assertNoSessionCreated(alsoHeader);
        }
        var plain = send(
                request("/api/me").header("Authorization", "Bearer " + token).GET());
        assertEquals(200, plain.statusCode(), "the same token in the header is fine");
        assertNoSessionCreated(plain);
    }

    @Test
    void getOnLogoutDoesNotSignOut() {
        String cookie = signedInSession("police.practitioner");
        var get = send(request("/logout").header("Cookie", cookie).GET());
        assertEquals(405, get.statusCode(), get.body());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        assertTrue(get.headers().firstValue("Location").isEmpty(), "no redirect to Keycloak's end-session page");
        assertTrue(sessionWorks(cookie), "after GET /logout the session still works");

        browser.open("/logout");
        browser.open("/");
        assertEquals("Sam Patel", browser.text(By.id("app-user-name")), "the browser is still signed in");
    }

    @Test
    void postOnLogoutSignsOut() {
        String cookie = signedInSession("csc.lead");
        var post = send(request("/logout")
                .header("Cookie", cookie)
                .header("Origin", ownOrigin())
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(302, post.statusCode(), post.body());
        assertTrue(
                post.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/logout"),
                "on to Keycloak's end-session endpoint");
        assertFalse(sessionWorks(cookie), "the session has ended");

        String nullOrigin = signedInSession("police.lead");
        var ownForm = send(request("/logout")
                .header("Cookie", nullOrigin)
                .header("Origin", "null")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(
                302,
                ownForm.statusCode(),
                "the portal's own form under Referrer-Policy: no-referrer, as "
                        + "Chromium sends it: Origin null, Sec-Fetch-Site same-origin");
        assertFalse(sessionWorks(nullOrigin));

        String other = signedInSession("csc.practitioner");
        var noOrigin = send(request("/logout").header("Cookie", other).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(302, noOrigin.statusCode(), "a POST without Origin (not a browser's cross-site POST) signs out");
        assertFalse(sessionWorks(other));
    }

    @Test
    void aCrossSitePostOnLogoutIsRefused() {
        String cookie = signedInSession("edu.practitioner");
        for (String origin : new String[] {
            "http://evil.example",
            "null",
            "http://127.0.0.1:" + (TestStack.config().httpPort() + 1)
        }) {
            var post = send(request("/logout")
                    .header("Cookie", cookie)
                    .header("Origin", origin)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(403, post.statusCode(), origin + ": " + post.body());
            assertTrue(post.headers().firstValue("Location").isEmpty(), origin);
            assertTrue(sessionWorks(cookie), "a cross-site POST from " + origin + " did not sign out");
        }
        var nullCrossSite = send(request("/logout")
                .header("Cookie", cookie)
                .header("Origin", "null")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, nullCrossSite.statusCode(), "an opaque origin the browser marks cross-site");
        var sameSite = send(request("/logout")
                .header("Cookie", cookie)
                .header("Sec-Fetch-Site", "same-site")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, sameSite.statusCode(), "another port or subdomain of the same site is not the portal");
        assertTrue(sessionWorks(cookie), "none of these signed out");
    }

    // --- helpers ---

    /**
     * Signs in through Keycloak in a fresh Chromium (no earlier Keycloak session to reuse) and returns the portal's
     * session cookie as a Cookie header value.
     */
    private String signedInSession(String username) {
        closeBrowser();
        browser = new Browser();
        browser.signIn(username);
        browser.waitFor(By.id("app-user-name"));
        var session = browser.driver().manage().getCookieNamed(SESSION_COOKIE);
        assertTrue(session != null, "the portal set its session cookie");
        return SESSION_COOKIE + "=" + session.getValue();
    }

    /** Whether the cookie still opens a signed-in page (200), rather than being sent to sign in. */
    private static boolean sessionWorks(String cookie) {
        var home = send(request("/")
                .header("Cookie", cookie)
                .header("Accept", "text/html")
                .GET());
        return home.statusCode() == 200 && home.body().contains("app-user-name");
    }

    private static String ownOrigin() {
        return "http://127.0.0.1:" + TestStack.config().httpPort();
    }

    private static void assertBearerRefusal(HttpResponse<String> response, String what) {
        assertEquals(401, response.statusCode(), what + ": " + response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty(), what + ": no redirect to sign in");
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), what);
        assertProblem(response);
        assertNotEquals("", Tokens.json(response.body()).path("detail").asText(), what);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        var problem = Tokens.json(response.body());
        assertEquals(401, problem.path("status").asInt());
        assertEquals("about:blank", problem.path("type").asText());
        assertEquals("Unauthorized", problem.path("title").asText());
        assertEquals(
                response.headers().firstValue("X-Correlation-Id").orElse("missing"),
                problem.path("correlationId").asText());
    }

    private static void assertNoSessionCreated(HttpResponse<String> response) {
        assertTrue(
                response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(SESSION_COOKIE)),
                "no HTTP session: " + response.headers().allValues("Set-Cookie"));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Http.appUrl(path))).timeout(Duration.ofSeconds(20));
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        return Http.send(builder.build());
    }
}
