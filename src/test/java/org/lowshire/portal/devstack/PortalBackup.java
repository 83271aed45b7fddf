package org.lowshire.portal.devstack;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.postgresql.PGConnection;

/**
 * A consistent backup of the portal: first the key directories (signing key, anchor log, attachment key), then every
 * table of the {@code portal} schema in ONE repeatable-read snapshot, by binary COPY, with the partitions, sequence
 * values and the Flyway version in {@code manifest.properties} and a SHA-256 of every file in {@code SHA256SUMS}.
 * Keys first: the anchor log can then only name checkpoints that the later snapshot holds, so the restored chain
 * verifies against the backed-up log. No pg_dump is needed (the embedded PostgreSQL 17 binaries ship none, and an
 * older pg_dump refuses a newer server); {@code bin/portal-backup} uses an external one when {@code PG_DUMP} is set.
 *
 * <p>Restore ({@link PortalRestore}) migrates an empty database to the backup's Flyway version and loads the rows.
 */
public final class PortalBackup {

    static final String MANIFEST = "manifest.properties";
    static final String SUMS = "SHA256SUMS";

    private PortalBackup() {}

    /** What was written: the snapshot's Flyway version and the rows per table. */
    public record Result(Path directory, String flywayVersion, Map<String, Long> rows) {}

    /**
     * @param db a connection as the schema owner (or a superuser), used for one read-only snapshot
     * @param keyDirs directories copied whole under {@code keys/<n>-<name>}
     */
    public static Result backup(Connection db, List<Path> keyDirs, Path into) throws IOException, SQLException {
        Files.createDirectories(into);
        try (Stream<Path> existing = Files.list(into)) {
            if (existing.findAny().isPresent()) {
                throw new IOException("The backup directory is not empty: " + into);
            }
        }
        int n = 0;
        for (Path dir : keyDirs) {
            copyTree(dir, into.resolve("keys").resolve((n++) + "-" + dir.getFileName()));
        }
        Properties manifest = new Properties();
        Map<String, Long> rows = new LinkedHashMap<>();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            exec(db, "set transaction read only");
            manifest.setProperty("format", "lowshire-portal-backup-v1");
            manifest.setProperty("snapshotAt", single(db, "select now()::text"));
            manifest.setProperty(
                    "flywayVersion",
                    single(
                            db,
                            "select version from portal.flyway_schema_history"
                                    + " where success and version is not null order by installed_rank desc limit 1"));
            List<String> tables = strings(
                    db,
                    "select c.relname from pg_class c join pg_namespace n on"
                            + " n.oid = c.relnamespace where n.nspname = 'portal' and c.relkind = 'r'"
                            + " and c.relname <> 'flyway_schema_history' order by c.relname");
            manifest.setProperty("tables", String.join(",", tables));
            for (String[] p : rows(
                    db,
                    "select c.relname, parent.relname, pg_get_expr(c.relpartbound, c.oid) from"
                            + " pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class parent on parent.oid ="
                            + " i.inhparent join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'portal'")) {
                manifest.setProperty("partition." + p[0], p[1] + "|" + p[2]);
            }
            for (String seq : strings(db, "select sequencename from pg_sequences where schemaname = 'portal'")) {
                String[] v = rows(db, "select last_value, is_called from portal." + seq)
                        .get(0);
                manifest.setProperty("sequence." + seq, v[0] + "," + v[1]);
            }
            var copy = db.unwrap(PGConnection.class).getCopyAPI();
            Path data = Files.createDirectories(into.resolve("database"));
            for (String table : tables) {
                try (OutputStream out =
                        new BufferedOutputStream(Files.newOutputStream(data.resolve(table + ".copy")), 1 << 16)) {
                    long count = copy.copyOut("copy portal." + table + " to stdout (format binary)", out);
                    rows.put(table, count);
                    manifest.setProperty("rows." + table, Long.toString(count));
                }
            }
            db.commit();
        } finally {
            db.setAutoCommit(autoCommit);
        }
        try (OutputStream out = Files.newOutputStream(into.resolve(MANIFEST))) {
            manifest.store(out, "Lowshire portal backup: restore with bin/portal-restore");
        }
        writeSums(into);
        return new Result(into, manifest.getProperty("flywayVersion"), rows);
    }

    /** Checks every file against {@code SHA256SUMS}; a backup that fails is never restored. */
    static void checkSums(Path backup) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(backup.resolve(SUMS))) {
            expected.put(line.substring(66), line.substring(0, 64));
        }
        Map<String, String> actual = sums(backup);
        if (!expected.equals(actual)) {
            throw new IOException("The backup's files do not match SHA256SUMS: it is incomplete or was changed");
        }
    }

    private static void writeSums(Path backup) throws IOException {
        StringBuilder text = new StringBuilder();
        sums(backup)
                .forEach((file, sum) ->
                        text.append(sum).append("  ").append(file).append('\n'));
        Files.writeString(backup.resolve(SUMS), text);
    }

    private static Map<String, String> sums(Path backup) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(backup)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(SUMS))
                    .sorted()
                    .toList();
        }
        for (Path f : files) {
            sums.put(backup.relativize(f).toString(), sha256(f));
        }
        return sums;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(
                new BufferedInputStream(Files.newInputStream(file)), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IOException("No key directory at " + from);
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".tmp")) {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    public static void exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String single(Connection c, String sql) throws SQLException {
        return rows(c, sql).get(0)[0];
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        return rows(c, sql).stream().map(r -> r[0]).toList();
    }

    static List<String[]> rows(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<String[]> rows = new ArrayList<>();
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** For the log of the command line tool. */
    static String now() {
        return Instant.now().toString();
    }
}
