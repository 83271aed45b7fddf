package org.lowshire.portal.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from the distribution the build unpacked (built once for PostgreSQL), started in production mode on
 * loopback with the realm in keycloak-realm/ imported when its database is empty.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin-dev-only";

    private final ManagedProcess process;
    private final int port;

    private KeycloakServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param portalBaseUrl the app's base URL, substituted into the realm's redirect and back-channel logout URLs
     */
    public static KeycloakServer start(
            Path home,
            Path realmFile,
            int port,
            int managementPort,
            String dbUrl,
            String dbUser,
            String dbPassword,
            String portalBaseUrl,
            Path log)
            throws IOException {
        return start(
                home, realmFile, port, managementPort, dbUrl, dbUser, dbPassword, portalBaseUrl, log, READY_WITHIN);
    }

    /** The default wait for readiness: a first start on an empty database creates the schema and imports the realm. */
    static final Duration READY_WITHIN = Duration.ofSeconds(240);

    /** As the other {@code start}, waiting up to {@code readyWithin} for Keycloak to say it is ready. */
    public static KeycloakServer start(
            Path home,
            Path realmFile,
            int port,
            int managementPort,
            String dbUrl,
            String dbUser,
            String dbPassword,
            String portalBaseUrl,
            Path log,
            Duration readyWithin)
            throws IOException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = List.of(
                home.resolve("bin/kc.sh").toString(),
                "start",
                "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname-strict=false",
                "--cache=local",
                "--db-url=" + dbUrl,
                "--db-username=" + dbUser,
                "--db-password=" + dbPassword,
                "--import-realm");
        Map<String, String> env = new HashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PORTAL_BASE_URL", portalBaseUrl);
        env.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
        var process = ManagedProcess.start("Keycloak", command, home, env, log);
        var server = new KeycloakServer(process, port);
        try {
            process.awaitHttpOk("http://127.0.0.1:" + managementPort + "/health/ready", readyWithin);
        } catch (IllegalStateException e) {
            process.close();
            throw e;
        }
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
