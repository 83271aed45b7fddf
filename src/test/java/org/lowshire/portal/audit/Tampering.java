package org.lowshire.portal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

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
}
