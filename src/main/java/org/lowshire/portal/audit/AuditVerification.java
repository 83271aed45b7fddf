package org.lowshire.portal.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.lowshire.portal.audit.chain.ChainVerifier;
import org.lowshire.portal.audit.chain.Checkpoint;
import org.lowshire.portal.audit.chain.LinkHasher;
import org.lowshire.portal.audit.chain.LinkRows;
import org.lowshire.portal.audit.chain.StoredLink;
import org.lowshire.portal.audit.chain.VerificationResult;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Verifies the whole audit trail against its chain and signed checkpoints: on an IG officer's request, through the
 * REST API, and every night. Each run is kept in {@code audit_verification} and is itself an audit event.
 */
@Singleton
public class AuditVerification {

    /** Events younger than this may still be waiting for the chainer. */
    static final String GRACE = "5 minutes";

    static final long WINDOW = 25_000;
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

    public enum Trigger {
        REQUESTED,
        SCHEDULED,
        API
    }

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
        try (Connection c = dataSource.getConnection();
                var s = c.prepareStatement("select started_at, finished_at,"
                        + " trigger_kind, requested_by, result, events_checked, head_seq, first_bad_seq, reason"
                        + " from portal.audit_verification order by id desc limit ?")) {
            s.setInt(1, max);
            try (var rs = s.executeQuery()) {
                List<Run> runs = new ArrayList<>();
                while (rs.next()) {
                    runs.add(new Run(
                            rs.getObject(1, OffsetDateTime.class).toInstant(),
                            rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3),
                            rs.getString(4),
                            "VALID".equals(rs.getString(5)),
                            rs.getLong(6),
                            (Long) rs.getObject(7),
                            (Long) rs.getObject(8),
                            rs.getString(9)));
                }
                return runs;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read verification history: " + e.getSQLState(), e);
        }
    }

    public record Run(
            Instant startedAt,
            Instant finishedAt,
            String trigger,
            String requestedBy,
            boolean valid,
            long eventsChecked,
            Long headSeq,
            Long firstBadSeq,
            String reason) {}

    /** Walks the trail as the given connection sees it, recording nothing (the tamper tests use the owner's). */
    public VerificationResult check(Connection c) throws SQLException {
        return walk(c);
    }

    private VerificationResult walk(Connection c) throws SQLException {
        Checkpoint anchor;
        try {
            anchor = signing.anchor().latest();
        } catch (IOException e) {
            throw new IllegalStateException("The audit anchor log could not be read", e);
        }
        return walk(c, anchor);
    }

    /**
     * Walks the trail as the connection sees it against the last checkpoint of an anchor log (a backup's, say),
     * recording nothing.
     */
    public VerificationResult check(Connection c, java.nio.file.Path anchorLog) throws SQLException {
        try {
            return walk(c, AuditAnchor.lastCheckpoint(anchorLog, signing.key()));
        } catch (IOException e) {
            throw new IllegalStateException("The anchor log could not be read", e);
        }
    }

    private VerificationResult walk(Connection c, Checkpoint anchor) throws SQLException {
        var verifier = new ChainVerifier(
                AuditQueries.checkpointsFrom(c, 0), anchor, signing.key(), AuditChainer.CHECKPOINT_EVERY);
        long head = AuditQueries.maxSeq(c);
        try (var tune = c.createStatement()) {
            tune.execute("set local work_mem = '64MB'");
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        // In windows of sequence numbers, each joined only with the range of event ids it refers to (two small sets
        // hashed in memory), sent by binary COPY: a stream PostgreSQL keeps writing while this thread parses, with
        // values framed the way the canonical form frames them. Reading and hashing overlap: while this thread reads
        // the next window, a worker hashes the last one (each link from its stored previous hash); the checks stay
        // in order, here.
        boolean going = true;
        CompletableFuture<Hashed> inFlight = null;
        for (long from = 0; going && from < head; from += WINDOW) {
            List<StoredLink> window = window(c, pg, from, Math.min(head, from + WINDOW));
            going = check(verifier, inFlight);
            inFlight = hashAhead(window);
        }
        if (going) {
            check(verifier, inFlight);
        }
        return verifier.finish(strays(c));
    }

    /** Entries {@code from} (exclusive) to {@code to} with their events, in sequence order. */
    private static List<StoredLink> window(Connection c, PGConnection pg, long from, long to) throws SQLException {
        long lowId;
        long highId;
        // the subquery keeps PostgreSQL from answering min/max by walking the event id index from one end
        try (var range = c.prepareStatement("select coalesce(min(event_id), 0), coalesce(max(event_id), 0) from"
                + " (select event_id from portal.audit_chain where seq > ? and seq <= ? offset 0) w")) {
            range.setLong(1, from);
            range.setLong(2, to);
            try (var rs = range.executeQuery()) {
                rs.next();
                lowId = rs.getLong(1);
                highId = rs.getLong(2);
            }
        }
        // numbers only (longs), so they can be written into the COPY statement, which takes no parameters
        String sql = "copy (select " + LinkRows.COLUMNS + " from portal.audit_chain c left join portal.audit_event e"
                + " on e.id = c.event_id and e.occurred_at = c.event_time and e.id between " + lowId + " and "
                + highId + " where c.seq > " + from + " and c.seq <= " + to + ") to stdout (format binary)";
        try (var in = new PGCopyInputStream(pg, sql)) {
            List<StoredLink> links = LinkRows.read(in);
            links.sort(Comparator.comparingLong(StoredLink::seq));
            return links;
        } catch (IOException e) {
            throw new SQLException("Could not read the audit chain: " + e.getMessage(), "58030", e);
        }
    }

    private record Hashed(List<StoredLink> links, List<byte[]> hashes) {}

    private CompletableFuture<Hashed> hashAhead(List<StoredLink> links) {
        return CompletableFuture.supplyAsync(
                () -> {
                    var hasher = new LinkHasher();
                    List<byte[]> hashes = new ArrayList<>(links.size());
                    for (StoredLink link : links) {
                        hashes.add(
                                link.canonical() == null
                                        ? null
                                        : hasher.link(link.prevHash(), link.seq(), link.canonical()));
                    }
                    return new Hashed(links, hashes);
                },
                executor);
    }

    /** Feeds a hashed window to the verifier in order; false once it has found tampering. */
    private static boolean check(ChainVerifier verifier, CompletableFuture<Hashed> window) {
        if (window == null) {
            return true;
        }
        Hashed hashed = window.join();
        for (int i = 0; i < hashed.links().size(); i++) {
            if (!verifier.accept(hashed.links().get(i), hashed.hashes().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Events older than the grace period that no chain entry points at; cheap counts first, details if needed. */
    private static Map<Long, Long> strays(Connection c) throws SQLException {
        Map<Long, Long> strays = new LinkedHashMap<>();
        // Every chain entry has been matched to its own event by the walk, so equal counts of old events and of
        // entries for old events mean there is no stray: two index counts instead of an anti-join of the trail.
        try (var s = c.prepareStatement("select (select count(*) from portal.audit_event where occurred_at < now()"
                        + " - interval '" + GRACE
                        + "') - (select count(*) from portal.audit_chain where event_time < now()"
                        + " - interval '" + GRACE + "')");
                var rs = s.executeQuery()) {
            rs.next();
            if (rs.getLong(1) <= 0) {
                return strays;
            }
        }
        try (var s = c.prepareStatement("select e.id, (select min(ch.seq) from portal.audit_chain ch"
                        + " where ch.event_id > e.id) from portal.audit_event e where e.occurred_at < now() - interval '"
                        + GRACE + "' and not exists (select 1 from portal.audit_chain ch where ch.event_id = e.id"
                        + " and ch.event_time = e.occurred_at)"
                        + " order by e.id limit 10");
                var rs = s.executeQuery()) {
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
