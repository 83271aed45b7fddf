package org.lowshire.portal.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code bin/portal-backup <dir>} and {@code bin/portal-restore <dir> <jdbc url of an empty database>}: the operator's
 * commands around {@link PortalBackup} and {@link PortalRestore}, configured like the server (PORTAL_DB_URL,
 * PORTAL_DB_OWNER_USER/PASSWORD, PORTAL_DB_USER) plus PORTAL_BACKUP_KEY_DIRS (directories to copy, separated by
 * {@code :}; by default the run command's {@code .data/keys} and {@code .data/wildfly/data/keys}).
 */
public final class BackupCommand {

    private BackupCommand() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path project = Path.of(System.getProperty("portal.project.dir", ".")).toAbsolutePath();
        Path data = Path.of(
                env.getOrDefault("PORTAL_DATA_DIR", project.resolve(".data").toString()));
        String url = env.getOrDefault("PORTAL_DB_URL", "jdbc:postgresql://127.0.0.1:5433/portal");
        String user = env.getOrDefault("PORTAL_DB_OWNER_USER", EmbeddedDatabase.OWNER);
        String password = env.getOrDefault("PORTAL_DB_OWNER_PASSWORD", EmbeddedDatabase.OWNER_PASSWORD);
        if (args.length == 2 && args[0].equals("backup")) {
            List<Path> keys = new ArrayList<>();
            String dirs = env.get("PORTAL_BACKUP_KEY_DIRS");
            if (dirs != null) {
                for (String d : dirs.split(":")) {
                    keys.add(Path.of(d));
                }
            } else {
                keys.add(data.resolve("keys"));
                if (Files.isDirectory(data.resolve("wildfly/data/keys"))) {
                    keys.add(data.resolve("wildfly/data/keys"));
                }
            }
            var props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", password);
            try (var c = new org.postgresql.Driver().connect(url, props)) {
                var result = PortalBackup.backup(c, keys, Path.of(args[1]).toAbsolutePath());
                long rows = result.rows().values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                System.out.printf(
                        "Backup written to %s: schema version %s, %d tables, %d rows, keys from %s%n",
                        result.directory(),
                        result.flywayVersion(),
                        result.rows().size(),
                        rows,
                        keys);
            }
        } else if (args.length == 3 && args[0].equals("restore")) {
            var loaded = PortalRestore.restore(
                    Path.of(args[1]).toAbsolutePath(),
                    new PortalRestore.Target(
                            args[2], user, password, env.getOrDefault("PORTAL_DB_USER", EmbeddedDatabase.APP)));
            long rows = loaded.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf(
                    "Restored %d tables, %d rows into %s. Now put the backup's keys/ directories back in place"
                            + " (see docs/runbook.md) and start the portal.%n",
                    loaded.size(), rows, args[2]);
        } else {
            System.err.println("usage: backup <new directory> | restore <backup directory> <jdbc url>");
            System.exit(2);
        }
    }
}
