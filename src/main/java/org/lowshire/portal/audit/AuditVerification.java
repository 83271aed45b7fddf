package org.lowshire.portal.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.concurrent.CompletableFuture;
import org.lowshire.portal.audit.chain.ChainHash;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.lowshire.portal.audit.chain.ChainRow;
import org.lowshire.portal.audit.chain.ChainVerifier;
import org.lowshire.portal.audit.chain.Checkpoint;
import org.lowshire.portal.audit.chain.VerificationResult;

/**
 * Verifies the whole audit trail against its chain and signed checkpoints: on an IG officer's request, through the
 * REST API, and every night. Each run is kept in {@code audit_verification} and is itself an audit event.
 */
@Singleton
public class AuditVerification {

    /** Events younger than this may still be waiting for the chainer. */
    static final String GRACE = "5 minutes";
    static final long WINDOW = 50_000;
    static final int BATCH = 5_000;
    private static final Logger LOG = Logger.getLogger(AuditVerification.class);

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Inject
    AuditSigning signing;

    @Resource
    ManagedExecutorService executor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public enum Trigger { REQUESTED, SCHEDULED, API }

    @Schedule(hour = "2", minute = "15", persistent = false)
    void nightly() {
        var result = verify(Trigger.SCHEDULED, "system:nightly");
        if (!result.valid()) {
            LOG.errorf("AUDIT TRAIL VERIFICATION FAILED at entry %d: %s", result.firstBadSeq(), result.reason());
        }
    }

    /** Verifies, records the run and its audit event, and returns the result. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public VerificationResult verify(Trigger trigger, String requestedBy) {
        Instant started = clock.instant();
        VerificationResult result;
        try (Connection c = dataSource.getConnection()) {
            result = walk(c);
            record(c, trigger, requestedBy, started, result);
        } catch (SQLException e) {
            throw new IllegalStateException("Audit verification could not read the trail: " + e.getSQLState(), e);
        }
        audit.record(AuditEntry.of(AuditAction.AUDIT_VERIFIED)
                .outcome(result.valid() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED)
                .target("AUDIT_CHAIN", String.valueOf(result.headSeq()), null)
                .details(details(trigger, result)));
        return result;
    }

    /** Past runs, newest first. */
    public List<Run> history(int max) {
        try (Connection c = dataSource.getConnection(); var s = c.prepareStatement("select started_at, finished_at,"
                + " trigger_kind, requested_by, result, events_checked, head_seq, first_bad_seq, reason"
                + " from portal.audit_verification order by id desc limit ?")) {
            s.setInt(1, max);
            try (var rs = s.executeQuery()) {
                List<Run> runs = new ArrayList<>();
                while (rs.next()) {
                    runs.add(new Run(rs.getObject(1, OffsetDateTime.class).toInstant(),
                            rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                            "VALID".equals(rs.getString(5)), rs.getLong(6), (Long) rs.getObject(7),
                            (Long) rs.getObject(8), rs.getString(9)));
                }
                return runs;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read verification history: " + e.getSQLState(), e);
        }
    }

    public record Run(Instant startedAt, Instant finishedAt, String trigger, String requestedBy, boolean valid,
            long eventsChecked, Long headSeq, Long firstBadSeq, String reason) {
    }

    /** Walks the trail as the given connection sees it, recording nothing (the tamper tests use the owner's). */
    public VerificationResult check(Connection c) throws SQLException {
        return walk(c);
    }

    private VerificationResult walk(Connection c) throws SQLException {
        Checkpoint anchor;
        try {
            anchor = signing.anchor().read();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The audit anchor file could not be read", e);
        }
        var verifier = new ChainVerifier(checkpoints(c), anchor, signing.key(), AuditChainer.CHECKPOINT_EVERY);
        long head = maxSeq(c);
        try (var tune = c.createStatement()) {
            tune.execute("set local work_mem = '64MB'");
        }
        // In windows of sequence numbers, each joined only with the range of event ids it refers to: two small
        // sets joined in memory, instead of one join of the whole trail that spills to disk on a large one.
        try (var range = c.prepareStatement("select coalesce(min(event_id), 0), coalesce(max(event_id), 0)"
                + " from portal.audit_chain where seq > ? and seq <= ?");
                var s = c.prepareStatement("select c.seq, c.event_id, c.prev_hash, c.hash, " + AuditEventRows.COLUMNS
                + " from portal.audit_chain c left join portal.audit_event e on e.id = c.event_id"
                + " and e.occurred_at = c.event_time and e.id between ? and ? where c.seq > ? and c.seq <= ?"
                + " order by c.seq")) {
            s.setFetchSize(5000);
            boolean going = true;
            // Reading and hashing overlap: while this thread reads the next batch from the database, a worker
            // hashes the last one (each link from its stored previous hash); the checks stay in order, here.
            CompletableFuture<Hashed> inFlight = null;
            for (long from = 0; going && from < head; from += WINDOW) {
                range.setLong(1, from);
                range.setLong(2, from + WINDOW);
                long lowId;
                long highId;
                try (var rs = range.executeQuery()) {
                    rs.next();
                    lowId = rs.getLong(1);
                    highId = rs.getLong(2);
                }
                s.setLong(1, lowId);
                s.setLong(2, highId);
                s.setLong(3, from);
                s.setLong(4, from + WINDOW);
                try (var rs = s.executeQuery()) {
                    List<ChainRow> batch = new ArrayList<>(BATCH);
                    while (going && rs.next()) {
                        batch.add(new ChainRow(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4),
                                AuditEventRows.read(rs)));
                        if (batch.size() == BATCH) {
                            going = check(verifier, inFlight);
                            inFlight = hashAhead(batch);
                            batch = new ArrayList<>(BATCH);
                        }
                    }
                    if (going && !batch.isEmpty()) {
                        going = check(verifier, inFlight);
                        inFlight = hashAhead(batch);
                    }
                }
            }
            if (going) {
                check(verifier, inFlight);
            }
        }
        return verifier.finish(strays(c));
    }

    private record Hashed(List<ChainRow> rows, List<byte[]> hashes) {
    }

    private CompletableFuture<Hashed> hashAhead(List<ChainRow> rows) {
        return CompletableFuture.supplyAsync(() -> new Hashed(rows, rows.stream()
                .map(r -> r.event() == null || r.prevHash() == null ? null
                        : ChainHash.link(r.prevHash(), r.seq(), r.event())).toList()), executor);
    }

    /** Feeds a hashed batch to the verifier in order; false once it has found tampering. */
    private static boolean check(ChainVerifier verifier, CompletableFuture<Hashed> batch) {
        if (batch == null) {
            return true;
        }
        Hashed hashed = batch.join();
        for (int i = 0; i < hashed.rows().size(); i++) {
            if (!verifier.accept(hashed.rows().get(i), hashed.hashes().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (var s = c.prepareStatement("select coalesce(max(seq), 0) from portal.audit_chain");
                var rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Checkpoint> checkpoints(Connection c) throws SQLException {
        try (var s = c.prepareStatement("select seq, head_hash, key_id, signature from portal.audit_checkpoint"
                + " order by seq"); var rs = s.executeQuery()) {
            List<Checkpoint> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new Checkpoint(rs.getLong(1), rs.getBytes(2), rs.getString(3), rs.getBytes(4)));
            }
            return list;
        }
    }

    /** Events older than the grace period that no chain entry points at; cheap counts first, details if needed. */
    private static Map<Long, Long> strays(Connection c) throws SQLException {
        Map<Long, Long> strays = new LinkedHashMap<>();
        // Every chain entry has been matched to its own event by the walk, so equal counts of old events and of
        // entries for old events mean there is no stray: two index counts instead of an anti-join of the trail.
        try (var s = c.prepareStatement("select (select count(*) from portal.audit_event where occurred_at < now()"
                + " - interval '" + GRACE + "') - (select count(*) from portal.audit_chain where event_time < now()"
                + " - interval '" + GRACE + "')"); var rs = s.executeQuery()) {
            rs.next();
            if (rs.getLong(1) <= 0) {
                return strays;
            }
        }
        try (var s = c.prepareStatement("select e.id, (select min(ch.seq) from portal.audit_chain ch"
                + " where ch.event_id > e.id) from portal.audit_event e where e.occurred_at < now() - interval '"
                + GRACE + "' and not exists (select 1 from portal.audit_chain ch where ch.event_id = e.id)"
                + " order by e.id limit 10"); var rs = s.executeQuery()) {
            while (rs.next()) {
                long next = rs.getLong(2);
                strays.put(rs.getLong(1), rs.wasNull() ? Long.MAX_VALUE : next);
            }
        }
        return strays;
    }

    private void record(Connection c, Trigger trigger, String requestedBy, Instant started, VerificationResult r)
            throws SQLException {
        try (var s = c.prepareStatement("insert into portal.audit_verification (started_at, finished_at,"
                + " trigger_kind, requested_by, result, events_checked, head_seq, first_bad_seq, reason)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, OffsetDateTime.ofInstant(started, ZoneOffset.UTC));
            s.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            s.setString(3, trigger.name());
            s.setString(4, requestedBy);
            s.setString(5, r.valid() ? "VALID" : "INVALID");
            s.setLong(6, r.eventsChecked());
            s.setObject(7, r.headSeq());
            s.setObject(8, r.firstBadSeq());
            s.setString(9, r.reason());
            s.executeUpdate();
        }
    }

    private static Map<String, Object> details(Trigger trigger, VerificationResult r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("trigger", trigger.name());
        d.put("eventsChecked", r.eventsChecked());
        if (!r.valid()) {
            d.put("firstBadSeq", r.firstBadSeq());
        }
        return d;
    }
}
