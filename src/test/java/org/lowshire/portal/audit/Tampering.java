package org.lowshire.portal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.lowshire.portal.audit.chain.ChainHash;
import org.lowshire.portal.audit.chain.Checkpoint;
import org.lowshire.portal.audit.chain.SigningKey;
import org.lowshire.portal.audit.chain.StoredEvent;

/**
 * Committed tampering, the way a database administrator could do it: as the schema owner, holding the chainer's
 * advisory lock (so the attack lands between two chainer runs, not inside one), the append-only triggers disabled
 * for the transaction only, then committed. Restoring is tampering too, done the same way.
 */
final class Tampering {

    interface Work {
        void run(Connection c) throws SQLException;
    }

    private final DataSource owner;

    Tampering(DataSource owner) {
        this.owner = owner;
    }

    void commit(Work work) throws SQLException {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                exec(c, "select pg_advisory_xact_lock(" + AuditChainer.LOCK_KEY + ")");
                for (String t : new String[] {"audit_event", "audit_chain", "audit_checkpoint"}) {
                    exec(c, "alter table portal." + t + " disable trigger user");
                }
                work.run(c);
                for (String t : new String[] {"audit_event", "audit_chain", "audit_checkpoint"}) {
                    exec(c, "alter table portal." + t + " enable trigger user");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    long scalar(String sql) throws SQLException {
        try (Connection c = owner.getConnection()) {
            return scalar(c, sql);
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long scalar(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Keeps a copy of rows in a scratch table of the owner's, for putting back later. */
    static void save(Connection c, String name, String select) throws SQLException {
        exec(c, "drop table if exists portal." + name);
        exec(c, "create table portal." + name + " as " + select);
    }

    /** Puts saved rows back into their table and drops the copy. */
    static void putBack(Connection c, String name, String table) throws SQLException {
        exec(c, "insert into portal." + table + " select * from portal." + name);
        exec(c, "drop table portal." + name);
    }

    /**
     * The links from {@code victim} on as the intruder recomputes them over the events as they now are: {seq,
     * previous hash, hash} each, from the stored hash of the entry before.
     */
    static List<Object[]> recomputedLinks(Connection c, long victim) throws SQLException {
        byte[] prev = hashOf(c, victim - 1);
        List<Object[]> links = new ArrayList<>();
        try (var s = c.prepareStatement("select c.seq, " + AuditEventRows.COLUMNS + " from portal.audit_chain c"
                + " join portal.audit_event e on e.id = c.event_id and e.occurred_at = c.event_time"
                + " where c.seq >= ? order by c.seq")) {
            s.setLong(1, victim);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    StoredEvent event = AuditEventRows.read(rs);
                    byte[] hash = ChainHash.link(prev, rs.getLong(1), event);
                    links.add(new Object[] {rs.getLong(1), prev, hash});
                    prev = hash;
                }
            }
        }
        return links;
    }

    /** Recomputes every hash from {@code victim} on and replaces its checkpoints with ones signed by another key. */
    static void recompute(Connection c, long victim, SigningKey key) throws SQLException {
        List<Object[]> links = recomputedLinks(c, victim);
        List<Long> signedAt = new ArrayList<>();
        try (var s = c.prepareStatement("select seq from portal.audit_checkpoint where seq >= ? order by seq")) {
            s.setLong(1, victim);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    signedAt.add(rs.getLong(1));
                }
            }
        }
        long prevSeq = scalar(c, "select max(seq) from portal.audit_checkpoint where seq < " + victim);
        byte[] prevHash = hashOf(c, prevSeq);
        exec(c, "delete from portal.audit_checkpoint where seq >= " + victim);
        try (var u = c.prepareStatement("update portal.audit_chain set prev_hash = ?, hash = ? where seq = ?");
                var k = c.prepareStatement("insert into portal.audit_checkpoint (seq, head_hash, signed_at, key_id,"
                        + " signature, prev_seq, prev_hash) values (?, ?, now(), ?, ?, ?, ?)")) {
            for (Object[] link : links) {
                u.setBytes(1, (byte[]) link[1]);
                u.setBytes(2, (byte[]) link[2]);
                u.setLong(3, (Long) link[0]);
                u.executeUpdate();
                if (signedAt.contains((Long) link[0])) {
                    var forged = Checkpoint.sign((Long) link[0], (byte[]) link[2], prevSeq, prevHash, key);
                    k.setLong(1, forged.seq());
                    k.setBytes(2, forged.headHash());
                    k.setString(3, forged.keyId());
                    k.setBytes(4, forged.signature());
                    k.setLong(5, prevSeq);
                    k.setBytes(6, prevHash);
                    k.executeUpdate();
                    prevSeq = forged.seq();
                    prevHash = forged.headHash();
                }
            }
        }
    }

    static byte[] hashOf(Connection c, long seq) throws SQLException {
        try (var s = c.prepareStatement("select hash from portal.audit_chain where seq = ?")) {
            s.setLong(1, seq);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    /** The server's readiness answer, on its management port. */
    static java.net.http.HttpResponse<String> readiness() throws java.io.IOException, InterruptedException {
        int port = 9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + port + "/health/ready"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
