package org.lowshire.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.security.OidcSettings;
import org.lowshire.portal.support.Deployments;

/** Keycloak's sign-ins and failed sign-ins land in the portal's audit trail, from the real Keycloak. */
@ExtendWith(ArquillianExtension.class)
class KeycloakEventImportIT {

    /** The realm file's demo password (synthetic test data). */
    private static final String DEMO_PASSWORD = "Lowshire-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(KeycloakEventImportIT.class);
    }

    @Inject
    KeycloakEventImport importer;

    @Inject
    OidcSettings oidc;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource app;

    @Test
    void signInsAndFailedSignInsAreCopiedIntoTheTrailOnce() throws Exception {
        assertEquals(200, passwordGrant("health.practitioner", DEMO_PASSWORD));
        int refused = passwordGrant("health.practitioner", "Wrong-password-1");
        assertTrue(refused == 400 || refused == 401, "refused: " + refused);

        importer.importNow();
        importer.importNow();

        long logins = count("LOGIN", "SUCCESS");
        long failures = count("LOGIN_FAILED", "FAILED");
        assertTrue(logins >= 1, "the sign-in is in the trail");
        assertTrue(failures >= 1, "the failed sign-in is in the trail");
        long before = logins + failures;
        importer.importNow();
        assertTrue(count("LOGIN", "SUCCESS") + count("LOGIN_FAILED", "FAILED") == before, "nothing is copied twice");
    }

    private int passwordGrant(String username, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(oidc.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=portal-test&username=" + username + "&password=" + password))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private long count(String action, String outcome) throws SQLException {
        try (var c = app.getConnection();
                var s = c.prepareStatement("select count(*) from portal.audit_event"
                        + " where action = ? and outcome = ? and actor_username = 'health.practitioner'")) {
            s.setString(1, action);
            s.setString(2, outcome);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
