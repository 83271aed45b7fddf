package org.lowshire.portal.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 from the zonky binaries on Maven Central, with the portal's roles and databases:
 * {@code portal} owned by {@code portal_owner} (Flyway), used by {@code portal_app} (the application), and
 * {@code keycloak} for the identity provider. Data survives restarts unless the directory is cleaned.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String OWNER = "portal_owner";
    public static final String OWNER_PASSWORD = "portal_owner_dev";
    public static final String APP = "portal_app";
    public static final String APP_PASSWORD = "portal_app_dev";
    public static final String KEYCLOAK = "keycloak";
    public static final String KEYCLOAK_PASSWORD = "keycloak_dev";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path dataDir, int port, boolean clean) throws IOException, SQLException {
        return start(dataDir, port, clean, false);
    }

    /**
     * Starts PostgreSQL on the data directory. {@code durable} (the run command, the benchmark) turns fsync,
     * synchronous commit and full-page writes on, overriding the library's test defaults, and checks that the server
     * says so: an acknowledged write must survive a crash. Throwaway test databases may stay fast.
     */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean clean, boolean durable)
            throws IOException, SQLException {
        Files.createDirectories(dataDir);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(clean)
                .setPort(port)
                // after a crash PostgreSQL replays its WAL before it takes connections: more than the library's 10 s
                // on a busy machine
                .setPGStartupWait(java.time.Duration.ofMinutes(2))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "120");
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        var db = new EmbeddedDatabase(postgres, port);
        if (durable) {
            db.requireDurable();
        }
        db.bootstrap();
        return db;
    }

    /** Refuses to go on when the server is not durable, whatever the library passed on its command line. */
    private void requireDurable() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (var rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    if (!"on".equals(rs.getString(1))) {
                        throw new IllegalStateException(
                                "PostgreSQL is not durable: " + setting + " is " + rs.getString(1));
                    }
                }
            }
        }
    }

    private void bootstrap() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            createRole(s, OWNER, OWNER_PASSWORD);
            createRole(s, APP, APP_PASSWORD);
            createRole(s, KEYCLOAK, KEYCLOAK_PASSWORD);
            createDatabase(s, "portal", OWNER);
            createDatabase(s, KEYCLOAK, KEYCLOAK);
        }
    }

    private static void createRole(Statement s, String role, String password) throws SQLException {
        s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
                + "create role " + role + " login password '" + password + "'; end if; end $$");
    }

    private static void createDatabase(Statement s, String name, String owner) throws SQLException {
        try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (rs.next()) {
                return;
            }
        }
        s.execute("create database " + name + " owner " + owner + " encoding 'UTF8'");
    }

    /** Drops and recreates the Keycloak database, so the realm file is imported afresh. */
    public void resetKeycloakDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + KEYCLOAK + " with (force)");
            createDatabase(s, KEYCLOAK, KEYCLOAK);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /**
     * SIGKILL to the postmaster and every backend at once (a power cut, as far as PostgreSQL can tell), then lets go of
     * the library's lock so the same data directory can be started again. Only for a database started with
     * {@code clean=false}, since closing a clean one deletes its data.
     */
    public void kill(Path dataDir) throws IOException {
        long pid = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        var postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("postmaster not running"));
        var all = new java.util.ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("PostgreSQL process " + p.pid() + " did not die", e);
            }
        }
        postgres.close(); // pg_ctl stop finds nothing (logged), then the lock is released
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
