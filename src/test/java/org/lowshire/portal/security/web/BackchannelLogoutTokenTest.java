package org.lowshire.portal.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The logout-token rules (OIDC Back-Channel Logout §2.4) applied after the signature, issuer and audience checks. */
class BackchannelLogoutTokenTest {

    private static JwtClaims claims() {
        var claims = new JwtClaims();
        claims.setClaim("sid", "keycloak-session-1");
        claims.setClaim("events", Map.of(BackchannelLogoutServlet.LOGOUT_EVENT, Map.of()));
        return claims;
    }

    @Test
    void aLogoutTokenNamesTheKeycloakSession() throws Exception {
        assertEquals("keycloak-session-1", BackchannelLogoutServlet.sessionIdOf(claims()));
    }

    @Test
    void aTokenWithoutTheLogoutEventIsRefused() {
        var claims = claims();
        claims.setClaim("events", Map.of("http://example.org/other", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> BackchannelLogoutServlet.sessionIdOf(claims));
        claims.unsetClaim("events");
        assertThrows(IllegalArgumentException.class, () -> BackchannelLogoutServlet.sessionIdOf(claims));
    }

    @Test
    void aTokenWithANonceIsAnIdTokenNotALogoutToken() {
        var claims = claims();
        claims.setClaim("nonce", "n");
        assertThrows(IllegalArgumentException.class, () -> BackchannelLogoutServlet.sessionIdOf(claims));
    }

    @Test
    void aTokenWithoutASessionIdIsRefused() {
        var claims = claims();
        claims.unsetClaim("sid");
        assertThrows(IllegalArgumentException.class, () -> BackchannelLogoutServlet.sessionIdOf(claims));
    }
}
