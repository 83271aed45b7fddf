package org.lowshire.portal.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lowshire.portal.devstack.DemoUsers;
import org.lowshire.portal.security.Role;

/** The identity policy the issue asks of the realm, checked in the committed realm file itself. */
class RealmPolicyTest {

    private static JsonNode realm;

    @BeforeAll
    static void read() throws Exception {
        realm = new ObjectMapper()
                .readTree(Path.of("keycloak-realm/safeguarding-realm.json").toFile());
    }

    @Test
    void theRealmRolesAreThePortalRoles() {
        Set<String> roles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        for (Role role : Role.values()) {
            assertTrue(roles.contains(role.roleName()), role.roleName());
        }
    }

    @Test
    void sessionsAndTokensAreShortAndBruteForceIsDetected() {
        assertTrue(realm.path("accessTokenLifespan").asInt() <= 300);
        assertTrue(realm.path("ssoSessionIdleTimeout").asInt() <= 1800);
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertTrue(realm.path("passwordPolicy").asText().contains("length(12)"));
        assertTrue(realm.path("eventsEnabled").asBoolean());
        assertTrue(realm.path("adminEventsEnabled").asBoolean());
        assertTrue(realm.path("adminEventsDetailsEnabled").asBoolean());
        assertFalse(realm.path("registrationAllowed").asBoolean());
    }

    @Test
    void theWebClientRequiresPkceAndLogsOutOverTheBackChannel() {
        JsonNode web = client("portal-web");
        assertEquals(
                "S256",
                web.path("attributes").path("pkce.code.challenge.method").asText());
        assertFalse(web.path("publicClient").asBoolean());
        assertFalse(web.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(web.path("implicitFlowEnabled").asBoolean());
        assertTrue(
                web.path("attributes").path("backchannel.logout.url").asText().endsWith("/oidc/backchannel-logout"));
        assertTrue(
                web.path("secret").asText().startsWith("${PORTAL_OIDC_SECRET"),
                "the secret comes from the environment");
    }

    @Test
    void otpCanBeEnforcedButDemoUsersHaveNone() {
        boolean totp = false;
        for (JsonNode action : realm.path("requiredActions")) {
            totp |= "CONFIGURE_TOTP".equals(action.path("alias").asText())
                    && action.path("enabled").asBoolean(true);
        }
        assertTrue(totp || realm.path("requiredActions").isMissingNode(), "CONFIGURE_TOTP is available");
        assertEquals("totp", realm.path("otpPolicyType").asText());
        for (JsonNode user : realm.path("users")) {
            assertEquals(
                    0,
                    user.path("requiredActions").size(),
                    user.path("username").asText());
        }
    }

    @Test
    void demoUsersCoverEveryRoleInAtLeastThreeAgenciesWithFullProfiles() throws Exception {
        var users = DemoUsers.read(Path.of("keycloak-realm/safeguarding-realm.json"));
        Set<String> roles = new HashSet<>();
        Set<String> agencies = new HashSet<>();
        for (var u : users) {
            roles.add(u.role());
            agencies.add(u.agency());
            assertFalse(u.firstName().isBlank() || u.lastName().isBlank(), u.username());
        }
        for (Role role : Role.values()) {
            assertTrue(roles.contains(role.roleName()), "a demo user for " + role.roleName());
        }
        assertTrue(agencies.size() >= 3, agencies.toString());
        for (JsonNode user : realm.path("users")) {
            if (!user.path("username").asText().startsWith("service-account-")) {
                assertTrue(user.path("email").asText().endsWith("@lowshire.example"), "synthetic email");
            }
        }
    }

    @Test
    void theAgencyAttributeIsDeclaredAndOnlyAdministratorsMayEditIt() throws Exception {
        JsonNode component = realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider")
                .path(0);
        JsonNode profile = new ObjectMapper()
                .readTree(component
                        .path("config")
                        .path("kc.user.profile.config")
                        .path(0)
                        .asText());
        JsonNode agency = null;
        for (JsonNode attribute : profile.path("attributes")) {
            if ("agency".equals(attribute.path("name").asText())) {
                agency = attribute;
            }
        }
        assertTrue(agency != null, "agency is declared in the user profile");
        assertEquals("[\"admin\"]", agency.path("permissions").path("edit").toString());
        Set<String> options = new TreeSet<>();
        agency.path("validations").path("options").path("options").forEach(o -> options.add(o.asText()));
        assertEquals(
                new TreeSet<>(Set.of("POLICE", "CSC", "HEALTH", "EDU", "PROBATION", "YJS", "VCS", "MAPPA")), options);
    }

    private static JsonNode client(String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (clientId.equals(c.path("clientId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }
}
