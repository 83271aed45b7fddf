package org.lowshire.portal.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/**
 * The run command's database is durable: fsync, synchronous commit and full-page writes are on in the running
 * server, although the embedded library starts PostgreSQL with fsync off by default (its test setting), so an
 * acknowledged write survives a crash. A real PostgreSQL on a free loopback port, thrown away afterwards.
 */
class EmbeddedDatabaseDurabilityTest {

    @Test
    void theRunCommandsDatabaseSyncsEveryCommitToDisk() throws Exception {
        Path dir = Files.createTempDirectory("portal-durable-pg");
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (var db = EmbeddedDatabase.start(dir, port, true, true);
                var c = DriverManager.getConnection(
                        db.jdbcUrl("portal"), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD);
                var s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (var rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    assertEquals("on", rs.getString(1), setting);
                }
            }
        } finally {
            WildFlyServer.deleteTree(dir);
        }
    }
}
