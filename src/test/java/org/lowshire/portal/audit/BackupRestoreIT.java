package org.lowshire.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.logging.Logger;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.devstack.EmbeddedDatabase;
import org.lowshire.portal.devstack.PortalBackup;
import org.lowshire.portal.devstack.PortalRestore;
import org.lowshire.portal.support.Deployments;

/**
 * A backup taken while the portal runs (the chainer linking), restored into a fresh database on the same PostgreSQL:
 * every table comes back with its rows, and the restored chain verifies against the backed-up anchor log.
 */
@ExtendWith(ArquillianExtension.class)
class BackupRestoreIT {

    private static final Logger LOG = Logger.getLogger(BackupRestoreIT.class);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(
                BackupRestoreIT.class,
                AuditTrailIT.class,
                PortalBackup.class,
                PortalBackup.Result.class,
                PortalRestore.class,
                PortalRestore.Target.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditChainer chainer;

    @Inject
    AuditSigning signing;

    @Inject
    AuditVerification verification;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/PortalMigrationDS")
    DataSource owner;

    @Test
    void aBackupTakenWhileChainingRestoresIntoAFreshDatabaseWhoseChainVerifiesAgainstTheAnchorLog() throws Exception {
        tx.begin();
        for (int i = 0; i < 1500; i++) {
            audit.recordAs(Actor.system("backup-test"), Instant.now(), AuditTrailIT.viewOf("backup-" + i));
        }
        tx.commit();
        chainer.chainPending();
        String url;
        try (Connection c = owner.getConnection()) {
            url = c.getMetaData().getURL();
        }
        Path backup = Files.createTempDirectory("portal-backup-").resolve("b");
        long started = System.nanoTime();
        PortalBackup.Result result;
        try (Connection c = connect(url, EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD)) {
            result = PortalBackup.backup(c, List.of(signing.anchor().log().getParent()), backup);
        }
        long backupMs = (System.nanoTime() - started) / 1_000_000;
        Path anchorLog = backup.resolve("keys/0-audit/checkpoint-anchor.log");
        assertTrue(Files.exists(anchorLog), "the anchor log is in the backup");
        assertTrue(Files.exists(backup.resolve("keys/0-audit/checkpoint-signing.key")), "and the signing key");

        String fresh = "portal_restored_" + Long.toHexString(System.nanoTime());
        String freshUrl = url.replaceFirst("/portal(\\?|$)", "/" + fresh + "$1");
        try (Connection su = connect(url.replaceFirst("/portal(\\?|$)", "/postgres$1"), "postgres", "")) {
            PortalBackup.exec(su, "create database " + fresh + " owner " + EmbeddedDatabase.OWNER);
        }
        try {
            started = System.nanoTime();
            var loaded = PortalRestore.restore(
                    backup,
                    new PortalRestore.Target(
                            freshUrl, EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD, EmbeddedDatabase.APP));
            long restoreMs = (System.nanoTime() - started) / 1_000_000;
            assertEquals(result.rows(), loaded, "every table with every row");
            try (Connection restored = connect(freshUrl, EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD)) {
                var check = verification.check(restored, anchorLog);
                LOG.infof(
                        "backup %d ms, restore %d ms, %d tables, %d audit events; restored chain: %s at %s",
                        backupMs,
                        restoreMs,
                        loaded.size(),
                        loaded.entrySet().stream()
                                .filter(e -> e.getKey().startsWith("audit_event"))
                                .mapToLong(java.util.Map.Entry::getValue)
                                .sum(),
                        check.valid(),
                        check.headSeq());
                assertTrue(check.valid(), check.reason());
                assertTrue(check.eventsChecked() >= 1500, "the chain came back whole");
                assertThrows(
                        IOException.class,
                        () -> PortalRestore.restore(
                                backup,
                                new PortalRestore.Target(
                                        freshUrl,
                                        EmbeddedDatabase.OWNER,
                                        EmbeddedDatabase.OWNER_PASSWORD,
                                        EmbeddedDatabase.APP)),
                        "never over a database that has a chain");
            }
            Files.writeString(
                    backup.resolve("database/agency.copy"), "changed", java.nio.file.StandardOpenOption.APPEND);
            var changed = assertThrows(IOException.class, () -> PortalRestore.restore(backup, null));
            assertFalse(changed.getMessage().isEmpty());
        } finally {
            try (Connection su = connect(url.replaceFirst("/portal(\\?|$)", "/postgres$1"), "postgres", "")) {
                PortalBackup.exec(su, "drop database if exists " + fresh + " with (force)");
            }
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        var props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        return new org.postgresql.Driver().connect(url, props);
    }
}
