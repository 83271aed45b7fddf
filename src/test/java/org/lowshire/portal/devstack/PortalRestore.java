package org.lowshire.portal.devstack;

import static org.lowshire.portal.devstack.PortalBackup.exec;
import static org.lowshire.portal.devstack.PortalBackup.single;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Restores a {@link PortalBackup} into an EMPTY database: checks the files against their SHA-256 sums, lets Flyway
 * build the schema up to the backup's version, recreates the partitions the backup had, then in one transaction (the
 * append-only triggers off for it only) replaces the migrations' seed rows with the backed-up rows and sets every
 * sequence. Tables are loaded in the order their foreign keys allow (a table whose parent is not loaded yet is
 * retried after it, each attempt under a savepoint).
 */
public final class PortalRestore {

    private PortalRestore() {}

    /** The database to restore into, as its owner, and the application role the migrations grant rights to. */
    public record Target(String jdbcUrl, String ownerUser, String ownerPassword, String appRole) {}

    public static Map<String, Long> restore(Path backup, Target target) throws IOException, SQLException {
        PortalBackup.checkSums(backup);
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(backup.resolve(PortalBackup.MANIFEST))) {
            manifest.load(in);
        }
        if (!"lowshire-portal-backup-v1".equals(manifest.getProperty("format"))) {
            throw new IOException("Not a portal backup: " + backup);
        }
        Flyway.configure(PortalRestore.class.getClassLoader())
                .dataSource(target.jdbcUrl(), target.ownerUser(), target.ownerPassword())
                .schemas("portal")
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", target.appRole()))
                .target(manifest.getProperty("flywayVersion"))
                .load()
                .migrate();
        var props = new Properties();
        props.setProperty("user", target.ownerUser());
        props.setProperty("password", target.ownerPassword());
        try (Connection c = new org.postgresql.Driver().connect(target.jdbcUrl(), props)) {
            if (Long.parseLong(single(c, "select count(*) from portal.audit_chain")) > 0) {
                throw new IOException("The target database is not empty: restore only into a fresh database");
            }
            createPartitions(c, manifest, target.appRole());
            return load(c, backup.resolve("database"), manifest);
        }
    }

    private static void createPartitions(Connection c, Properties manifest, String appRole) throws SQLException {
        for (String key : manifest.stringPropertyNames()) {
            if (!key.startsWith("partition.")) {
                continue;
            }
            String name = key.substring("partition.".length());
            String[] parentAndBound = manifest.getProperty(key).split("\\|", 2);
            String exists = single(
                    c,
                    "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                            + " where n.nspname = 'portal' and c.relname = '" + ident(name) + "'");
            if (!"0".equals(exists)) {
                continue;
            }
            exec(
                    c,
                    "create table portal." + ident(name) + " partition of portal." + ident(parentAndBound[0]) + " "
                            + parentAndBound[1]);
            if (parentAndBound[0].equals("audit_event")) {
                exec(
                        c,
                        "create trigger " + ident(name) + "_no_truncate before truncate on portal." + ident(name)
                                + " for each statement execute function portal.audit_append_only()");
                exec(c, "revoke update, delete, truncate on portal." + ident(name) + " from " + ident(appRole));
            }
        }
    }

    private static Map<String, Long> load(Connection c, Path data, Properties manifest)
            throws SQLException, IOException {
        List<String> tables = List.of(manifest.getProperty("tables").split(","));
        Map<String, Long> loaded = new LinkedHashMap<>();
        c.setAutoCommit(false);
        try {
            for (String t : tables) {
                exec(c, "alter table portal." + ident(t) + " disable trigger user");
            }
            exec(
                    c,
                    "truncate "
                            + String.join(
                                    ", ",
                                    tables.stream()
                                            .map(t -> "portal." + ident(t))
                                            .toList()));
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<String> waiting = new ArrayList<>(tables);
            while (!waiting.isEmpty()) {
                List<String> next = new ArrayList<>();
                for (String t : waiting) {
                    Savepoint before = c.setSavepoint();
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(data.resolve(t + ".copy")))) {
                        loaded.put(t, copy.copyIn("copy portal." + ident(t) + " from stdin (format binary)", in));
                        c.releaseSavepoint(before);
                    } catch (SQLException e) {
                        if (!"23503".equals(e.getSQLState())) {
                            throw e;
                        }
                        c.rollback(before);
                        next.add(t);
                    }
                }
                if (next.size() == waiting.size()) {
                    throw new SQLException("Rows refer to rows the backup does not hold: " + next, "23503");
                }
                waiting = next;
            }
            for (String key : manifest.stringPropertyNames()) {
                if (key.startsWith("sequence.")) {
                    String[] v = manifest.getProperty(key).split(",");
                    exec(
                            c,
                            "select setval('portal." + ident(key.substring(9)) + "', " + Long.parseLong(v[0]) + ", "
                                    + "t".equals(v[1]) + ")");
                }
            }
            for (String t : tables) {
                exec(c, "alter table portal." + ident(t) + " enable trigger user");
                long expected = Long.parseLong(manifest.getProperty("rows." + t));
                if (loaded.get(t) != expected) {
                    throw new SQLException(
                            "Table " + t + ": " + loaded.get(t) + " rows loaded, " + expected + " backed up");
                }
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        return loaded;
    }

    /** Names from the manifest go into SQL, so only plain identifiers pass. */
    private static String ident(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain identifier: " + name);
        }
        return name;
    }
}
