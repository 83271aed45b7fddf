package org.lowshire.portal.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The fault harness's own servers: a DURABLE PostgreSQL, Keycloak and WildFly with the portal, on the ports Failsafe
 * passes as {@code it.*} (the harness's execution gives them ports of its own) and a work directory of their own, so
 * the shared test servers are never touched. Each can be crashed (SIGKILL), stopped and started again on the same
 * data; {@link #close()} stops whatever is still running, and a JVM shutdown hook does too.
 */
public final class FaultStack implements AutoCloseable {

    private final TestStack config = TestStack.config();
    private final Path work;
    private final Path dbDir;
    private EmbeddedDatabase db;
    private KeycloakServer keycloak;
    private WildFlyServer wildfly;
    private int starts;

    private FaultStack(Path work) {
        this.work = work;
        this.dbDir = work.resolve("postgres");
    }

    /** A fresh stack: the work directory (database, keys, logs) is emptied first. */
    public static FaultStack start(Path work) throws IOException, SQLException {
        WildFlyServer.deleteTree(work);
        var stack = new FaultStack(work);
        try {
            stack.startPostgres();
            // WildFly needs Keycloak only for the first sign-in: both start at once, as the run command does
            var keycloak = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    stack.startKeycloak();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try {
                stack.startWildFly();
            } finally {
                keycloak.join();
            }
        } catch (IOException | SQLException | RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    public void startPostgres() throws IOException, SQLException {
        // clean=false: the library deletes a clean database's directory when it is closed, which a restart must not
        db = EmbeddedDatabase.start(dbDir, config.dbPort(), false, true);
    }

    /** SIGKILL to every PostgreSQL process of this stack at once. */
    public void killPostgres() throws IOException {
        db.kill(dbDir);
        db = null;
    }

    /** A clean shutdown (pg_ctl stop -m fast): open transactions are rolled back, committed ones kept. */
    public void stopPostgres() throws IOException {
        db.close();
        db = null;
    }

    public void startKeycloak() throws IOException {
        keycloak = KeycloakServer.start(
                Path.of(System.getProperty("keycloak.home")),
                DemoUsers.realmFile(config.projectDir()),
                config.keycloakPort(),
                config.keycloakManagementPort(),
                db.jdbcUrl(EmbeddedDatabase.KEYCLOAK),
                EmbeddedDatabase.KEYCLOAK,
                EmbeddedDatabase.KEYCLOAK_PASSWORD,
                config.appBaseUrl(),
                log("keycloak"),
                // on a machine shared with other builds a first start (schema, realm import) took over 4 minutes
                java.time.Duration.ofMinutes(8));
    }

    public void stopKeycloak() {
        keycloak.close();
        keycloak = null;
    }

    public void startWildFly() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("PORTAL_DB_URL", config.dbUrl());
        env.put("PORTAL_DB_USER", EmbeddedDatabase.APP);
        env.put("PORTAL_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD);
        env.put("PORTAL_DB_OWNER_USER", EmbeddedDatabase.OWNER);
        env.put("PORTAL_DB_OWNER_PASSWORD", EmbeddedDatabase.OWNER_PASSWORD);
        env.put("KEYCLOAK_URL", config.keycloakUrl());
        env.put("PORTAL_BASE_URL", config.appBaseUrl());
        env.put("PORTAL_OIDC_SECRET", "dev-only-portal-web-secret");
        env.put("PORTAL_AUDIT_READER_SECRET", "dev-only-audit-reader-secret");
        env.put(
                "PORTAL_AUDIT_KEY_FILE",
                work.resolve("keys/checkpoint-signing.key").toString());
        wildfly = WildFlyServer.start(
                Path.of(System.getProperty("jboss.home")),
                work.resolve("wildfly"),
                Path.of(System.getProperty("portal.war")),
                env,
                Integer.getInteger("it.port.offset", 0),
                config.managementPort(),
                log("wildfly"));
    }

    /** SIGKILL to WildFly (the launch script and the JVM). */
    public void killWildFly() {
        wildfly.kill();
        wildfly = null;
    }

    /** A log file per start, so a crash's log is kept when the server starts again. */
    private Path log(String server) {
        return work.resolve("logs/" + server + "-" + (++starts) + ".log");
    }

    public TestStack config() {
        return config;
    }

    public Path work() {
        return work;
    }

    @Override
    public void close() {
        if (wildfly != null) {
            wildfly.close();
            wildfly = null;
        }
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        if (db != null) {
            try {
                db.close();
            } catch (IOException ignored) {
                // the JVM's end stops it anyway
            }
            db = null;
        }
    }
}
