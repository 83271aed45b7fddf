package org.lowshire.portal.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.lowshire.portal.devstack.DemoUsers;
import org.lowshire.portal.devstack.KeycloakServer;
import org.lowshire.portal.devstack.TestStack;

/** Real tokens from the test Keycloak: demo users through the test client, and the master-realm admin. */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {}

    /** An access token for a demo user (password grant on the portal-test client, audience portal-web). */
    public static String accessToken(String username) {
        var stack = TestStack.config();
        try {
            var user = DemoUsers.byUsername(DemoUsers.realmFile(stack.projectDir()), username);
            return token(
                    stack.keycloakUrl() + "/realms/safeguarding/protocol/openid-connect/token",
                    Map.of(
                            "grant_type",
                            "password",
                            "client_id",
                            "portal-test",
                            "username",
                            username,
                            "password",
                            user.password(),
                            "scope",
                            "openid"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An admin token for Keycloak's admin API (to end sessions, read users). */
    public static String adminToken() {
        return token(
                TestStack.config().keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        KeycloakServer.ADMIN_USER,
                        "password",
                        KeycloakServer.ADMIN_PASSWORD));
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    private static String token(String url, Map<String, String> form) {
        var response = Http.postForm(url, form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).path("access_token").asText();
    }
}
