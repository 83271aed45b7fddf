package org.lowshire.portal.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;

/** MicroProfile Health readiness reports the database and Keycloak, on the management interface. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void readinessCoversTheDatabaseAndKeycloak() {
        var response = Http.get(Http.managementUrl("/health/ready"));
        assertEquals(200, response.statusCode(), response.body());
        var health = Tokens.json(response.body());
        assertEquals("UP", health.path("status").asText());
        assertEquals("UP", check(health, "database").path("status").asText());
        assertEquals(8, check(health, "database").path("data").path("agencies").asInt());
        assertEquals("UP", check(health, "keycloak").path("status").asText());
    }

    private static com.fasterxml.jackson.databind.JsonNode check(
            com.fasterxml.jackson.databind.JsonNode health, String name) {
        for (var c : health.path("checks")) {
            if (name.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("no " + name + " check in " + health);
    }
}
