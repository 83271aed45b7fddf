package org.lowshire.portal.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo users of the realm file, so the run command and the tests never disagree with it. */
public final class DemoUsers {

    public record DemoUser(
            String username, String password, String firstName, String lastName, String role, String agency) {
        public String displayName() {
            return firstName + " " + lastName;
        }
    }

    private DemoUsers() {}

    public static Path realmFile(Path projectDir) {
        return projectDir.resolve("keycloak-realm/safeguarding-realm.json");
    }

    public static List<DemoUser> read(Path realmFile) throws IOException {
        JsonNode realm = new ObjectMapper().readTree(realmFile.toFile());
        List<DemoUser> users = new ArrayList<>();
        for (JsonNode u : realm.path("users")) {
            if (u.path("username").asText().startsWith("service-account-")) {
                continue;
            }
            String password = "";
            for (JsonNode c : u.path("credentials")) {
                if ("password".equals(c.path("type").asText())) {
                    password = c.path("value").asText();
                }
            }
            String role = "";
            for (JsonNode r : u.path("realmRoles")) {
                if (!r.asText().startsWith("default-roles-")) {
                    role = r.asText();
                }
            }
            String agency = u.path("attributes").path("agency").path(0).asText("");
            users.add(new DemoUser(
                    u.path("username").asText(),
                    password,
                    u.path("firstName").asText(),
                    u.path("lastName").asText(),
                    role,
                    agency));
        }
        return users;
    }

    public static DemoUser byUsername(Path realmFile, String username) throws IOException {
        return read(realmFile).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
    }
}
