package org.lowshire.portal.devstack;

import java.nio.file.Path;

/** Where things are, from the system properties Failsafe passes. */
public record TestStack(
        Path projectDir,
        Path workDir,
        Path keycloakHome,
        int dbPort,
        int keycloakPort,
        int keycloakManagementPort,
        int httpPort,
        int managementPort) {

    public static TestStack config() {
        return new TestStack(
                Path.of(System.getProperty("portal.project.dir", ".")),
                Path.of(System.getProperty("it.work.dir", "target/it-work")),
                Path.of(System.getProperty("keycloak.home", "")),
                Integer.getInteger("it.db.port", 15433),
                Integer.getInteger("it.keycloak.port", 18180),
                Integer.getInteger("it.keycloak.management.port", 19180),
                Integer.getInteger("it.http.port", 18080),
                Integer.getInteger("it.management.port", 19990));
    }

    public String appBaseUrl() {
        return "http://127.0.0.1:" + httpPort + "/portal";
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    public String dbUrl() {
        return "jdbc:postgresql://127.0.0.1:" + dbPort + "/portal";
    }
}
