package org.lowshire.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;

/** The security baseline every response carries, and the sign-in redirect with PKCE. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebBaselineIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndAreNeverStored() {
        var page = Http.get(Http.appUrl("/signed-out.xhtml"));
        assertEquals(200, page.statusCode());
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertEquals("DENY", header(page, "X-Frame-Options"));
        assertEquals("no-referrer", header(page, "Referrer-Policy"));
        assertTrue(header(page, "Cache-Control").contains("no-store"));
        List<String> csp = page.headers().allValues("Content-Security-Policy");
        assertTrue(csp.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), csp.toString());
        assertTrue(
                csp.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+'.*")),
                "PrimeFaces' per-response script nonce: " + csp);
        assertFalse(page.headers().firstValue("Server").isPresent(), "no server banner");
        assertFalse(page.headers().firstValue("X-Powered-By").isPresent(), "no framework banner");
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSite() {
        var page = Http.get(Http.appUrl("/signed-out.xhtml"));
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("PORTALSESSION="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("; secure"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void aPageWithoutASessionRedirectsToKeycloakWithPkce() {
        var response = Http.get(Http.appUrl("/"), "Accept", "text/html");
        assertEquals(302, response.statusCode());
        String location = header(response, "Location");
        assertTrue(
                location.startsWith(
                        TestStack.config().keycloakUrl() + "/realms/safeguarding/protocol/openid-connect/auth"),
                location);
        assertTrue(location.contains("code_challenge_method=S256") && location.contains("code_challenge="), location);
        assertTrue(location.contains("client_id=portal-web"), location);
    }

    @Test
    void theServerRootLeadsToThePortalAndShowsNoWelcomePage() {
        var root = Http.get("http://127.0.0.1:" + TestStack.config().httpPort() + "/");
        assertEquals(302, root.statusCode());
        assertTrue(header(root, "Location").endsWith("/portal/"), header(root, "Location"));
    }

    @Test
    void aForgedBackChannelLogoutIsRefused() {
        String url = Http.appUrl("/oidc/backchannel-logout");
        assertEquals(400, Http.postForm(url, Map.of()).statusCode(), "no token");
        assertEquals(400, Http.postForm(url, Map.of("logout_token", "a.b.c")).statusCode(), "not a JWT");
        String unsigned = "eyJhbGciOiJub25lIn0."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(("{\"iss\":\"" + TestStack.config().keycloakUrl()
                                        + "/realms/safeguarding\",\"aud\":\"portal-web\","
                                        + "\"iat\":1,\"jti\":\"x\",\"sid\":\"s\",\"events\":{\"http://schemas.openid.net/event/"
                                        + "backchannel-logout\":{}}}")
                                .getBytes())
                + ".";
        assertEquals(400, Http.postForm(url, Map.of("logout_token", unsigned)).statusCode(), "unsigned token");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
