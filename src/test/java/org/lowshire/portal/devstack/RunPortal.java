package org.lowshire.portal.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The run command ({@code ./mvnw -Prun}): PostgreSQL (embedded unless PORTAL_DB_URL is set), Keycloak with the realm
 * (unless KEYCLOAK_URL is set) and WildFly with the portal, all on 127.0.0.1; prints the URL and demo logins and
 * stops everything on Ctrl-C. Data lives in PORTAL_DATA_DIR (default .data/ in the project) and survives restarts.
 */
public final class RunPortal {

    static final int HTTP_PORT = 8080;
    static final int MANAGEMENT_PORT = 9990;
    static final int KEYCLOAK_PORT = 8180;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9180;
    static final int DB_PORT = 5433;

    private final Deque<AutoCloseable> running = new ConcurrentLinkedDeque<>();

    public static void main(String[] args) throws Exception {
        try {
            new RunPortal().run();
        } catch (CompletionException | IllegalStateException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            say("Could not start: " + cause.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        Path project = Path.of(System.getProperty("portal.project.dir", ".")).toAbsolutePath();
        Path data = Path.of(env("PORTAL_DATA_DIR", project.resolve(".data").toString()))
                .toAbsolutePath();
        Path logs = data.resolve("logs");
        Path realm = DemoUsers.realmFile(project);
        String baseUrl = "http://127.0.0.1:" + HTTP_PORT + "/portal";
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "portal-stop"));

        Map<String, String> wildflyEnv = new HashMap<>();
        wildflyEnv.put("PORTAL_BASE_URL", baseUrl);
        // The realm imports the same variable (with the same development default) as portal-web's secret.
        wildflyEnv.put("PORTAL_OIDC_SECRET", env("PORTAL_OIDC_SECRET", "dev-only-portal-web-secret"));
        wildflyEnv.put("PORTAL_AUDIT_READER_SECRET", env("PORTAL_AUDIT_READER_SECRET", "dev-only-audit-reader-secret"));
        wildflyEnv.put(
                "PORTAL_AUDIT_KEY_FILE",
                env(
                        "PORTAL_AUDIT_KEY_FILE",
                        data.resolve("keys/checkpoint-signing.key").toString()));
        EmbeddedDatabase db = null;
        if (System.getenv("PORTAL_DB_URL") == null) {
            say("Starting PostgreSQL on 127.0.0.1:" + DB_PORT + " (data in " + data.resolve("postgres") + ")");
            db = EmbeddedDatabase.start(data.resolve("postgres"), DB_PORT, false, true);
            running.push(db);
            wildflyEnv.put("PORTAL_DB_URL", db.jdbcUrl("portal"));
            wildflyEnv.put("PORTAL_DB_USER", EmbeddedDatabase.APP);
            wildflyEnv.put("PORTAL_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD);
            wildflyEnv.put("PORTAL_DB_OWNER_USER", EmbeddedDatabase.OWNER);
            wildflyEnv.put("PORTAL_DB_OWNER_PASSWORD", EmbeddedDatabase.OWNER_PASSWORD);
        } else {
            say("Using the PostgreSQL at PORTAL_DB_URL");
        }

        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.completedFuture(null);
        if (System.getenv("KEYCLOAK_URL") == null) {
            wildflyEnv.put("KEYCLOAK_URL", "http://127.0.0.1:" + KEYCLOAK_PORT);
            keycloak = startKeycloak(project, data, logs, realm, baseUrl, db);
        } else {
            say("Using the Keycloak at KEYCLOAK_URL");
        }

        say("Starting WildFly with the portal (log: " + logs.resolve("wildfly.log") + ")");
        Path war = Path.of(System.getProperty("portal.war"));
        Path home = Path.of(System.getProperty("jboss.home"));
        CompletableFuture<WildFlyServer> wildfly = CompletableFuture.supplyAsync(
                        () -> unchecked(() -> WildFlyServer.start(
                                home,
                                data.resolve("wildfly"),
                                war,
                                wildflyEnv,
                                MANAGEMENT_PORT,
                                logs.resolve("wildfly.log"))))
                .thenApply(this::track);
        keycloak.join();
        wildfly.join();

        if (System.getenv("KEYCLOAK_URL") == null) {
            try {
                DemoRequests.loadOnce(
                        baseUrl, "http://127.0.0.1:" + KEYCLOAK_PORT, realm, data.resolve("demo-requests.loaded"));
            } catch (Exception e) {
                say("Demo requests could not be loaded (" + e.getMessage() + "); the portal runs without them");
            }
        }
        printBanner(baseUrl, realm, Duration.between(started, Instant.now()));
        Thread.currentThread().join();
    }

    private CompletableFuture<KeycloakServer> startKeycloak(
            Path project, Path data, Path logs, Path realm, String baseUrl, EmbeddedDatabase db) throws Exception {
        String dbUrl = System.getenv("KEYCLOAK_DB_URL");
        String dbUser = env("KEYCLOAK_DB_USER", EmbeddedDatabase.KEYCLOAK);
        String dbPassword = env("KEYCLOAK_DB_PASSWORD", EmbeddedDatabase.KEYCLOAK_PASSWORD);
        if (dbUrl == null) {
            if (db == null) {
                throw new IllegalStateException("With PORTAL_DB_URL set, also set KEYCLOAK_URL (an existing Keycloak) "
                        + "or KEYCLOAK_DB_URL/KEYCLOAK_DB_USER/KEYCLOAK_DB_PASSWORD (a database for Keycloak).");
            }
            dbUrl = db.jdbcUrl(EmbeddedDatabase.KEYCLOAK);
            // Keycloak imports a realm only into an empty database: a changed realm file means a fresh one.
            Path stamp = data.resolve("keycloak-realm.sha256");
            String hash = sha256(realm);
            if (!Files.exists(stamp) || !Files.readString(stamp).equals(hash)) {
                say("Realm file changed since the last start: Keycloak's database is recreated from it");
                db.resetKeycloakDatabase();
                Files.writeString(stamp, hash);
            }
        }
        say("Starting Keycloak on 127.0.0.1:" + KEYCLOAK_PORT + " (log: " + logs.resolve("keycloak.log") + ")");
        Path home = Path.of(System.getProperty("keycloak.home"));
        String url = dbUrl;
        return CompletableFuture.supplyAsync(() -> unchecked(() -> KeycloakServer.start(
                        home,
                        realm,
                        KEYCLOAK_PORT,
                        KEYCLOAK_MANAGEMENT_PORT,
                        url,
                        dbUser,
                        dbPassword,
                        baseUrl,
                        logs.resolve("keycloak.log"))))
                .thenApply(this::track);
    }

    private static void printBanner(String baseUrl, Path realm, Duration took) throws Exception {
        var out = new StringBuilder("\n");
        out.append("=".repeat(78)).append('\n');
        out.append(" The portal is ready (started in ")
                .append(took.toSeconds())
                .append(" s): ")
                .append(baseUrl)
                .append("/\n\n");
        out.append(String.format(" %-22s %-20s %-20s %s%n", "User", "Password", "Role", "Agency"));
        for (var u : DemoUsers.read(realm)) {
            out.append(String.format(" %-22s %-20s %-20s %s%n", u.username(), u.password(), u.role(), u.agency()));
        }
        out.append("\n Keycloak admin console: http://127.0.0.1:" + KEYCLOAK_PORT + "/admin/ (")
                .append(KeycloakServer.ADMIN_USER)
                .append(" / ")
                .append(KeycloakServer.ADMIN_PASSWORD)
                .append(")\n");
        out.append(" Health: http://127.0.0.1:" + MANAGEMENT_PORT + "/health/ready\n");
        out.append(" Press Ctrl-C to stop everything.\n");
        out.append("=".repeat(78)).append('\n');
        System.out.print(out);
        System.out.flush();
    }

    /** Remembers a started server so Ctrl-C (or a failed start) stops it. */
    private <T extends AutoCloseable> T track(T server) {
        running.push(server);
        return server;
    }

    private void stopAll() {
        say("Stopping …");
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                say("  could not stop cleanly: " + e.getMessage());
            }
        }
        say("Stopped.");
    }

    private static String sha256(Path file) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        return HexFormat.of().formatHex(digest);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void say(String line) {
        System.out.println("[portal] " + line);
        System.out.flush();
    }

    interface Step<T> {
        T get() throws Exception;
    }

    private static <T> T unchecked(Step<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
