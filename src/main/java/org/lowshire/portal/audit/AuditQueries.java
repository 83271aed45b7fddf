package org.lowshire.portal.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lowshire.portal.audit.chain.Checkpoint;

/** The chain's head and checkpoints as stored, by index lookups; shared by the chainer, the guard and verification. */
final class AuditQueries {

    private static final String CHECKPOINT_COLUMNS = "seq, head_hash, prev_seq, prev_hash, key_id, signature";

    private AuditQueries() {}

    static long maxSeq(Connection c) throws SQLException {
        try (var s = c.prepareStatement("select coalesce(max(seq), 0) from portal.audit_chain");
                var rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The newest checkpoint, or null before the first. */
    static Checkpoint latestCheckpoint(Connection c) throws SQLException {
        try (var s = c.prepareStatement(
                        "select " + CHECKPOINT_COLUMNS + " from portal.audit_checkpoint order by seq desc limit 1");
                var rs = s.executeQuery()) {
            return rs.next() ? checkpoint(rs) : null;
        }
    }

    /** Checkpoints at or after {@code fromSeq}, in order. */
    static List<Checkpoint> checkpointsFrom(Connection c, long fromSeq) throws SQLException {
        try (var s = c.prepareStatement(
                "select " + CHECKPOINT_COLUMNS + " from portal.audit_checkpoint where seq >= ? order by seq")) {
            s.setLong(1, fromSeq);
            try (var rs = s.executeQuery()) {
                List<Checkpoint> list = new ArrayList<>();
                while (rs.next()) {
                    list.add(checkpoint(rs));
                }
                return list;
            }
        }
    }

    /** The stored hash of one entry, or null when there is no such entry. */
    static byte[] hashAt(Connection c, long seq) throws SQLException {
        try (var s = c.prepareStatement("select hash from portal.audit_chain where seq = ?")) {
            s.setLong(1, seq);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    private static Checkpoint checkpoint(ResultSet rs) throws SQLException {
        return new Checkpoint(
                rs.getLong(1), rs.getBytes(2), (Long) rs.getObject(3), rs.getBytes(4), rs.getString(5), rs.getBytes(6));
    }
}
