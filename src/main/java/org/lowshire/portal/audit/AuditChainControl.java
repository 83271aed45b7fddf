package org.lowshire.portal.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.lowshire.portal.audit.chain.Checkpoint;
import org.lowshire.portal.audit.chain.CheckpointLinks;
import org.lowshire.portal.audit.chain.HeadFile;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.RecordNotFound;

/**
 * What IG officers do with the chain's witness: download its latest signed head to keep elsewhere, check a saved
 * head against today's chain, and resume chaining after a halt. Each is an audit event. Reached only through the
 * IG workspace ({@code /ig/*}, ig-officer in web.xml) and {@code ChainResource} ({@code @RolesAllowed}), like the
 * other IG services; a plain CDI bean so refusals reach the page and the REST mappers as they are.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AuditChainControl {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Inject
    AuditSigning signing;

    @Inject
    AuditChainGuard guard;

    @Inject
    AuditTrail audit;

    /** A head file and the name to save it under. */
    public record HeadDownload(String fileName, byte[] content) {}

    /**
     * What a check of a saved head found. {@code outcome} is {@link #IN_CHAIN} or how it failed (a
     * {@link CheckpointLinks.Kind}, or OTHER_KEY, CHAIN_ENDS, ENTRY_MISSING, ENTRY_CHANGED); {@code at} the entry it
     * is about.
     */
    public record HeadCheck(boolean stillInChain, long seq, long chainHead, String outcome, long at) {}

    public static final String IN_CHAIN = "IN_CHAIN";

    /** The check's answer in words, from the bundle: {0} the saved entry, {1} the entry it is about, {2} the head. */
    public static String messageKey(HeadCheck check) {
        return "audit.head.check." + check.outcome();
    }

    /** The latest anchored checkpoint as a head file; 404 before the first checkpoint that names its predecessor. */
    public HeadDownload head() {
        Checkpoint latest = guard.anchored();
        if (latest == null || latest.prevSeq() == null) {
            throw new RecordNotFound();
        }
        audit.record(AuditEntry.of(AuditAction.EXPORT)
                .target("AUDIT_HEAD", Long.toString(latest.seq()), null)
                .details(Map.of("seq", latest.seq())));
        return new HeadDownload("audit-head-" + latest.seq() + ".txt", HeadFile.write(latest));
    }

    /** Checks a saved head file against the chain as it is now; an unreadable file is refused by field. */
    public HeadCheck check(byte[] file) {
        Checkpoint saved;
        try {
            saved = HeadFile.read(file);
        } catch (HeadFile.Unreadable e) {
            audit.recordSeparately(AuditEntry.of(AuditAction.AUDIT_HEAD_CHECKED)
                    .outcome(AuditOutcome.FAILED)
                    .target("AUDIT_HEAD", null, null)
                    .details(Map.of("outcome", "UNREADABLE")));
            throw new InvalidInput(Map.of("head", "audit.head.error.unreadable"));
        }
        HeadCheck result;
        try (Connection c = dataSource.getConnection()) {
            result = check(c, saved);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chain: " + e.getSQLState(), e);
        }
        audit.record(AuditEntry.of(AuditAction.AUDIT_HEAD_CHECKED)
                .outcome(result.stillInChain() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED)
                .target("AUDIT_HEAD", Long.toString(saved.seq()), null)
                .details(Map.of("outcome", result.outcome(), "at", result.at(), "chainHead", result.chainHead())));
        return result;
    }

    private HeadCheck check(Connection c, Checkpoint saved) throws SQLException {
        long head = AuditQueries.maxSeq(c);
        if (!signing.key().keyId().equals(saved.keyId())) {
            return failed(saved, head, "OTHER_KEY", saved.seq());
        }
        if (!saved.signedBy(signing.key())) {
            return failed(saved, head, CheckpointLinks.Kind.BAD_SIGNATURE.name(), saved.seq());
        }
        byte[] hash = AuditQueries.hashAt(c, saved.seq());
        if (hash == null) {
            return head < saved.seq()
                    ? failed(saved, head, "CHAIN_ENDS", head + 1)
                    : failed(saved, head, "ENTRY_MISSING", saved.seq());
        }
        if (!Arrays.equals(hash, saved.headHash())) {
            return failed(saved, head, "ENTRY_CHANGED", saved.seq());
        }
        Map<Long, Checkpoint> known = new HashMap<>();
        Checkpoint latest = saved;
        for (Checkpoint k : AuditQueries.checkpointsFrom(c, saved.seq())) {
            known.put(k.seq(), k);
            latest = k;
        }
        if (!known.containsKey(saved.seq())) {
            return failed(saved, head, CheckpointLinks.Kind.MISSING.name(), saved.seq());
        }
        var link = CheckpointLinks.walkBack(known, saved, latest, signing.key());
        return link.extendsEarlier()
                ? new HeadCheck(true, saved.seq(), head, IN_CHAIN, latest.seq())
                : failed(saved, head, link.kind().name(), link.seq());
    }

    private static HeadCheck failed(Checkpoint saved, long head, String outcome, long at) {
        return new HeadCheck(false, saved.seq(), head, outcome, at);
    }

    /** An IG officer lifts a halt (see {@link AuditChainGuard#resume}). */
    public AuditChainGuard.Resumed resume(boolean acceptBreak, String note) {
        return guard.resume(acceptBreak, note);
    }
}
