package org.lowshire.portal.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.lowshire.portal.audit.chain.AnchorRecord;
import org.lowshire.portal.audit.chain.Checkpoint;
import org.lowshire.portal.shared.BusinessException;
import org.lowshire.portal.shared.InvalidInput;

/**
 * Keeps the chain growing only from what was anchored. Before every run the chainer asks {@link #anchorHolds}: does
 * the chain still hold the last anchored checkpoint (same entry, same hash, its checkpoint still there)? Two primary
 * key lookups, not a re-verification. If not, chaining halts: a marker beside the key (so a restart does not resume),
 * a signed halt record in the anchor log, an audit event, an alert on every IG page and a failing readiness check.
 * Events are still recorded meanwhile. Only {@link #resume}, an IG officer's audited action, or the operator step in
 * the runbook (deleting the marker with the server stopped) lifts it; never the chainer itself.
 */
@Named("auditChain")
@ApplicationScoped
public class AuditChainGuard {

    private static final Logger LOG = Logger.getLogger(AuditChainGuard.class);

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Inject
    AuditSigning signing;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Why chaining stopped: the anchored entry, the first entry found wrong, and in words. */
    public record Halt(Instant at, long anchoredSeq, long firstBadSeq, String reason) {

        String marker() {
            return at + " " + anchoredSeq + " " + firstBadSeq + "\n" + reason + "\n";
        }

        static Halt ofMarker(String text) {
            String[] lines = text.split("\n", 2);
            String[] head = lines[0].trim().split(" ");
            return new Halt(
                    Instant.parse(head[0]),
                    Long.parseLong(head[1]),
                    Long.parseLong(head[2]),
                    lines.length > 1 ? lines[1].trim() : "");
        }
    }

    private volatile Halt halt;

    @PostConstruct
    void load() {
        try {
            String marker = signing.anchor().haltMarker();
            halt = marker == null ? null : Halt.ofMarker(marker);
        } catch (IOException | RuntimeException e) {
            // an unreadable marker is still a marker: stay halted
            halt = new Halt(clock.instant(), 0, 0, "the chain-halted marker could not be read");
        }
        if (halt != null) {
            LOG.errorf("AUDIT CHAINING IS HALTED since %s (first bad entry %d)", halt.at(), halt.firstBadSeq());
        }
    }

    public boolean isHalted() {
        return halt != null;
    }

    public Halt getHalt() {
        return halt;
    }

    /** For the chainer, on its own connection: true when it may link and sign; halts the chain when not. */
    boolean anchorHolds(Connection c, long headSeq) throws SQLException {
        if (halt != null) {
            return false;
        }
        Halt problem = problem(c, headSeq);
        if (problem == null) {
            return true;
        }
        halt(problem);
        return false;
    }

    /** The anchored checkpoint measured against the chain by its primary keys; null while it holds. */
    Halt problem(Connection c, long headSeq) throws SQLException {
        Checkpoint anchor = anchored();
        if (anchor == null) {
            return null;
        }
        long seq = anchor.seq();
        try (var s = c.prepareStatement("select c.hash, k.head_hash from portal.audit_chain c"
                + " left join portal.audit_checkpoint k on k.seq = c.seq where c.seq = ?")) {
            s.setLong(1, seq);
            try (var rs = s.executeQuery()) {
                if (!rs.next()) {
                    return headSeq < seq
                            ? halt(
                                    seq,
                                    headSeq + 1,
                                    "the chain ends at entry " + headSeq + " but entry " + seq
                                            + " was anchored: entries were removed")
                            : halt(seq, seq, "the anchored entry " + seq + " is missing from the chain");
                }
                if (!Arrays.equals(rs.getBytes(1), anchor.headHash())) {
                    return halt(
                            seq,
                            seq,
                            "entry " + seq + " no longer has the anchored hash: the chain was"
                                    + " rewritten at or before it");
                }
                byte[] checkpoint = rs.getBytes(2);
                if (checkpoint == null || !Arrays.equals(checkpoint, anchor.headHash())) {
                    return halt(seq, seq, "the anchored checkpoint at entry " + seq + " was removed or replaced");
                }
                return null;
            }
        }
    }

    private Halt halt(long anchored, long firstBad, String reason) {
        return new Halt(clock.instant(), anchored, firstBad, reason);
    }

    private void halt(Halt problem) {
        halt = problem;
        try {
            signing.anchor().writeHaltMarker(problem.marker());
            signing.anchor()
                    .append(AnchorRecord.signed(
                            AnchorRecord.HALT,
                            problem.at(),
                            List.of(Long.toString(problem.anchoredSeq()), Long.toString(problem.firstBadSeq())),
                            signing.key()));
        } catch (IOException e) {
            LOG.errorf(
                    "Could not write the chain-halted marker (%s)", e.getClass().getSimpleName());
        }
        LOG.errorf(
                "AUDIT CHAINING HALTED: the chain no longer holds anchored entry %d (first bad entry %d)",
                problem.anchoredSeq(), problem.firstBadSeq());
        audit.recordSeparately(AuditEntry.of(AuditAction.AUDIT_CHAIN_HALTED)
                .outcome(AuditOutcome.FAILED)
                .target("AUDIT_CHAIN", Long.toString(problem.firstBadSeq()), null)
                .details(Map.of("anchoredSeq", problem.anchoredSeq(), "firstBadSeq", problem.firstBadSeq())));
    }

    Checkpoint anchored() {
        try {
            return signing.anchor().latest();
        } catch (IOException e) {
            throw new UncheckedIOException("The audit anchor log could not be read", e);
        }
    }

    /** How chaining was resumed. */
    public enum Resumed {
        /** the chain holds the anchored checkpoint again (restored from a backup) */
        INTACT,
        /** an IG officer accepted the chain as it stands: its latest checkpoint is anchored anew */
        BREAK_ACCEPTED
    }

    /**
     * Lifts a halt, audited. Without {@code acceptBreak} only when the chain holds the anchored checkpoint again;
     * with it, the chain's latest checkpoint (which must be signed with the portal's key) is anchored anew and the
     * anchor log keeps both the break and who accepted it.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Resumed resume(boolean acceptBreak, String note) {
        Halt was = halt;
        if (was == null) {
            throw new BusinessException("audit.chain.error.notHalted");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInput(Map.of("note", "audit.chain.error.noteRequired"));
        }
        Resumed how;
        long head;
        try (Connection c = dataSource.getConnection()) {
            head = AuditQueries.maxSeq(c);
            if (problem(c, head) == null) {
                how = Resumed.INTACT;
            } else if (!acceptBreak) {
                throw new BusinessException("audit.chain.error.stillBroken");
            } else {
                Checkpoint latest = AuditQueries.latestCheckpoint(c);
                if (latest == null || !latest.signedBy(signing.key())) {
                    throw new BusinessException("audit.chain.error.foreignCheckpoint");
                }
                signing.anchor().append(AnchorRecord.of(latest, clock.instant(), signing.key()));
                how = Resumed.BREAK_ACCEPTED;
            }
            signing.anchor()
                    .append(AnchorRecord.signed(
                            AnchorRecord.RESUME,
                            clock.instant(),
                            List.of(Long.toString(was.anchoredSeq()), how.name(), Long.toString(head)),
                            signing.key()));
            signing.anchor().removeHaltMarker();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chain: " + e.getSQLState(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit anchor log", e);
        }
        halt = null;
        LOG.warnf("Audit chaining resumed (%s) at entry %d", how, head);
        audit.record(AuditEntry.of(AuditAction.AUDIT_CHAIN_RESUMED)
                .target("AUDIT_CHAIN", Long.toString(head), null)
                .purpose(note.strip())
                .details(Map.of(
                        "resumed", how.name(), "anchoredSeq", was.anchoredSeq(), "firstBadSeq", was.firstBadSeq())));
        return how;
    }
}
