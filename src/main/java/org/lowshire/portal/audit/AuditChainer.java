package org.lowshire.portal.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.lowshire.portal.audit.chain.AnchorRecord;
import org.lowshire.portal.audit.chain.ChainHash;
import org.lowshire.portal.audit.chain.Checkpoint;
import org.lowshire.portal.audit.chain.LinkHasher;
import org.lowshire.portal.audit.chain.StoredEvent;
import org.lowshire.portal.shared.FailureLog;

/**
 * Links committed audit events into the hash chain and signs checkpoints, every second.
 *
 * <p>Business transactions only insert events, never wait for a lock. Here, under a transaction-scoped PostgreSQL
 * advisory lock (one chainer at a time across all nodes), events not yet in the chain are read in id order, each
 * gets the next sequence number and {@code SHA-256(previous hash || seq || event)}, and the head is signed at least
 * every {@value #CHECKPOINT_EVERY} entries and at the end of every run (so at least once a second while events
 * arrive). Only events of transactions older than the snapshot's xmin can still appear late, so the search window
 * starts at the xmin seen by the last complete run.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class AuditChainer {

    static final int CHECKPOINT_EVERY = 1000;
    static final int BATCH = 2000;
    static final int MAX_PER_RUN = 50_000;
    /** The advisory lock that keeps chainers apart (the benchmark takes it to hold the chainer off). */
    public static final long LOCK_KEY = 0x5AFE_A0D1_7L;

    private static final Logger LOG = Logger.getLogger(AuditChainer.class);

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Inject
    AuditSigning signing;

    @Inject
    AuditChainGuard guard;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Written only by the holder of the advisory lock; read lock on the bean, so callers never queue. */
    private volatile String fromXid;

    @PostConstruct
    void createPartitions() {
        try (Connection c = dataSource.getConnection();
                var s = c.prepareStatement("select portal.ensure_audit_partitions(3)")) {
            s.execute();
        } catch (SQLException e) {
            LOG.errorf(
                    "Could not create the audit partitions ahead (%s); events go to the default partition",
                    e.getSQLState());
        }
    }

    @Schedule(hour = "3", persistent = false)
    void createPartitionsDaily() {
        createPartitions();
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void everySecond() {
        try {
            chainPending();
        } catch (RuntimeException e) {
            FailureLog.job(LOG, "audit chaining (retried in a second)", e);
        }
    }

    /** Chains what is pending now; returns how many events were linked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int chainPending() {
        if (guard.isHalted()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            if (!tryLock(c)) {
                return 0;
            }
            String horizon = single(c, "select pg_snapshot_xmin(pg_current_snapshot())::text");
            if (fromXid == null) {
                fromXid = initialWatermark(c, horizon);
            }
            Head head = head(c);
            if (!guard.anchorHolds(c, head.seq)) {
                // halted: events are still recorded, but nothing is linked or signed onto a chain that lost its anchor
                return 0;
            }
            int linked = 0;
            List<StoredEvent> batch;
            long afterId = Long.MIN_VALUE;
            do {
                // Later batches of a run continue after the last id taken: each is an index range scan, not a sort
                // of the whole window. An event committed meanwhile with a lower id waits for the next run, whose
                // window still covers it (fromXid only moves on after a run that found nothing more).
                batch = pending(c, fromXid, afterId);
                head = link(c, head, batch);
                linked += batch.size();
                if (!batch.isEmpty()) {
                    afterId = batch.get(batch.size() - 1).id();
                }
            } while (batch.size() == BATCH && linked < MAX_PER_RUN);
            if (head.seq > head.signedSeq) {
                head = checkpoint(c, head);
            }
            if (batch.size() < BATCH) {
                fromXid = horizon;
            }
            return linked;
        } catch (SQLException e) {
            throw new IllegalStateException("Audit chaining failed: SQL state " + e.getSQLState(), e);
        }
    }

    private record Head(long seq, byte[] hash, long signedSeq, byte[] signedHash) {}

    private Head link(Connection c, Head head, List<StoredEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return head;
        }
        try (PreparedStatement insert = c.prepareStatement("insert into portal.audit_chain "
                + "(seq, event_id, event_time, prev_hash, hash) values (?, ?, ?, ?, ?)")) {
            var hasher = new LinkHasher();
            for (StoredEvent event : events) {
                long seq = head.seq + 1;
                byte[] hash = hasher.link(head.hash, seq, event);
                insert.setLong(1, seq);
                insert.setLong(2, event.id());
                insert.setObject(3, micros(event.occurredAtMicros()));
                insert.setBytes(4, head.hash);
                insert.setBytes(5, hash);
                insert.addBatch();
                head = new Head(seq, hash, head.signedSeq, head.signedHash);
                if (seq - head.signedSeq >= CHECKPOINT_EVERY) {
                    insert.executeBatch();
                    head = checkpoint(c, head);
                }
            }
            insert.executeBatch();
        }
        return head;
    }

    private Head checkpoint(Connection c, Head head) throws SQLException {
        // signs the previous checkpoint too, so any two checkpoints prove that the later extends the earlier
        var checkpoint = Checkpoint.sign(head.seq, head.hash, head.signedSeq, head.signedHash, signing.key());
        try (PreparedStatement s = c.prepareStatement("insert into portal.audit_checkpoint (seq, head_hash,"
                + " signed_at, key_id, signature, prev_seq, prev_hash) values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, head.seq);
            s.setBytes(2, head.hash);
            s.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            s.setString(4, checkpoint.keyId());
            s.setBytes(5, checkpoint.signature());
            s.setLong(6, head.signedSeq);
            s.setBytes(7, head.signedHash);
            s.executeUpdate();
        }
        anchorAfterCommit(checkpoint);
        return new Head(head.seq, head.hash, head.seq, head.hash);
    }

    /** Appends the run's checkpoints to the anchor log, in order, once (and only if) the run committed. */
    @SuppressWarnings("unchecked")
    private void anchorAfterCommit(Checkpoint checkpoint) {
        var pending = (List<Checkpoint>) transactions.getResource(AuditChainer.class);
        if (pending != null) {
            pending.add(checkpoint);
            return;
        }
        List<Checkpoint> run = new ArrayList<>(List.of(checkpoint));
        transactions.putResource(AuditChainer.class, run);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the anchor must only ever name a committed checkpoint
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    // one write and one fsync for the run's checkpoints
                    Instant now = clock.instant();
                    signing.anchor()
                            .append(run.stream()
                                    .map(c -> AnchorRecord.of(c, now, signing.key()))
                                    .toList());
                } catch (IOException e) {
                    LOG.errorf(
                            "Could not append to the audit anchor log (%s)",
                            e.getClass().getSimpleName());
                }
            }
        });
    }

    private static List<StoredEvent> pending(Connection c, String fromXid, long afterId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + AuditEventRows.COLUMNS
                + " from portal.audit_event e where e.txid >= cast(? as xid8) and e.id > ? and not exists"
                + " (select 1 from portal.audit_chain c where c.event_id = e.id) order by e.id limit " + BATCH)) {
            s.setString(1, fromXid);
            s.setLong(2, afterId);
            try (var rs = s.executeQuery()) {
                List<StoredEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(AuditEventRows.read(rs));
                }
                return events;
            }
        }
    }

    private static Head head(Connection c) throws SQLException {
        long seq = AuditQueries.maxSeq(c);
        byte[] hash = seq == 0 ? ChainHash.GENESIS : AuditQueries.hashAt(c, seq);
        Checkpoint signed = AuditQueries.latestCheckpoint(c);
        return signed == null
                ? new Head(seq, hash, 0, ChainHash.GENESIS)
                : new Head(seq, hash, signed.seq(), signed.headHash());
    }

    /**
     * After a restart: transactions that wrote unchained events ended at most the transaction timeout after their
     * events' time, so the window starts at the oldest transaction seen since shortly before the last chained event.
     */
    private static String initialWatermark(Connection c, String horizon) throws SQLException {
        try (var s = c.prepareStatement(
                        "select min(e.txid)::text from portal.audit_event e where e.occurred_at >="
                                + " coalesce((select max(event_time) from portal.audit_chain), '-infinity') - interval '15 minutes'");
                var rs = s.executeQuery()) {
            rs.next();
            String oldest = rs.getString(1);
            return oldest == null ? horizon : oldest;
        }
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (var s = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            s.setLong(1, LOCK_KEY);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (var s = c.prepareStatement(sql);
                var rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    static OffsetDateTime micros(long epochMicros) {
        return OffsetDateTime.ofInstant(Instant.EPOCH.plusNanos(epochMicros * 1000), ZoneOffset.UTC);
    }
}
