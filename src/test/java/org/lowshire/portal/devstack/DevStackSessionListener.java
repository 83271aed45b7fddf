package org.lowshire.portal.devstack;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the servers the integration tests need, once per Failsafe run and before Arquillian starts WildFly:
 * a throwaway PostgreSQL and a Keycloak with the realm imported, on the test ports from the pom. Never touches the
 * run command's data. Active only when Failsafe sets {@code portal.devstack=true}; unit tests start nothing.
 */
public class DevStackSessionListener implements LauncherSessionListener {

    private EmbeddedDatabase database;
    private KeycloakServer keycloak;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("portal.devstack") || database != null) {
            return;
        }
        try {
            var config = TestStack.config();
            // A fresh database starts a fresh chain: the signing key and anchor of an earlier run must go with it.
            WildFlyServer.deleteTree(config.workDir().resolve("audit"));
            database = EmbeddedDatabase.start(
                    config.workDir().resolve("postgres"), config.dbPort(), true, Boolean.getBoolean("it.db.durable"));
            keycloak = KeycloakServer.start(
                    config.keycloakHome(),
                    DemoUsers.realmFile(config.projectDir()),
                    config.keycloakPort(),
                    config.keycloakManagementPort(),
                    database.jdbcUrl(EmbeddedDatabase.KEYCLOAK),
                    EmbeddedDatabase.KEYCLOAK,
                    EmbeddedDatabase.KEYCLOAK_PASSWORD,
                    config.appBaseUrl(),
                    config.workDir().resolve("keycloak.log"));
        } catch (Exception e) {
            launcherSessionClosed(session);
            throw new IllegalStateException("Could not start the test servers: " + e.getMessage(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception ignored) {
                // the process ends with the JVM anyway
            }
            database = null;
        }
    }
}
