package org.lowshire.portal.security.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;
import org.lowshire.portal.support.faults.FaultyPage;

/** The REST API answers bearer tokens from the real Keycloak, and 401 (never a login redirect) without one. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeResourceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFaults();
    }

    @Test
    void withoutATokenTheApiAnswers401NotARedirect() {
        var plain = Http.get(Http.appUrl("/api/me"));
        assertEquals(401, plain.statusCode());
        assertTrue(plain.headers().firstValue("Location").isEmpty(), "no redirect to the login page");
        assertEquals(
                401,
                Http.get(Http.appUrl("/api/me"), "Accept", "text/html").statusCode(),
                "not even for a browser-like Accept header");
    }

    @Test
    void aForgedOrTamperedTokenIsRefused() {
        String token = Tokens.accessToken("csc.practitioner");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertEquals(
                401,
                Http.get(Http.appUrl("/api/me"), "Authorization", "Bearer " + tampered)
                        .statusCode());
        assertEquals(
                401,
                Http.get(Http.appUrl("/api/me"), "Authorization", "Bearer not-a-jwt")
                        .statusCode());
    }

    @Test
    void aValidTokenGivesTheCallersIdentityAgencyAndRoles() {
        var response = Http.get(
                Http.appUrl("/api/me"),
                "Authorization",
                "Bearer " + Tokens.accessToken("police.lead"),
                "Accept",
                "application/json");
        assertEquals(200, response.statusCode(), response.body());
        var me = Tokens.json(response.body());
        assertEquals("police.lead", me.path("username").asText());
        assertEquals("Dana Hughes", me.path("displayName").asText());
        assertEquals("POLICE", me.path("agency").asText());
        assertEquals("agency-lead", me.path("roles").path(0).asText());
        assertEquals(1, me.path("roles").size(), "only portal roles, nothing else from the token");
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void anUnexpectedFailureIsABareProblemDocumentWithAReference() {
        var response = Http.get(
                Http.appUrl("/api/test-faults"), "Authorization", "Bearer " + Tokens.accessToken("csc.practitioner"));
        assertEquals(500, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        var problem = Tokens.json(response.body());
        assertEquals(
                response.headers().firstValue("X-Correlation-Id").orElseThrow(),
                problem.path("correlationId").asText());
        assertTrue(
                !response.body().contains(FaultyPage.SECRET_DETAIL)
                        && !response.body().contains("Exception"),
                response.body());
    }

    @Test
    void anUnknownApiPathIsAProblemDocument() {
        var response = Http.get(
                Http.appUrl("/api/no-such-thing"), "Authorization", "Bearer " + Tokens.accessToken("csc.practitioner"));
        assertEquals(404, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        var problem = Tokens.json(response.body());
        assertEquals(404, problem.path("status").asInt());
        assertTrue(problem.path("correlationId").asText().length() > 10, response.body());
    }
}
