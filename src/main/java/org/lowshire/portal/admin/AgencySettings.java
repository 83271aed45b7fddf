package org.lowshire.portal.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.lowshire.portal.agency.Agency;
import org.lowshire.portal.agency.OverrideApproval;
import org.lowshire.portal.audit.AccessDenials;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditEntry;
import org.lowshire.portal.audit.AuditTrail;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.security.Role;
import org.lowshire.portal.shared.RecordNotFound;

/**
 * Administrators set each agency's approval policy: whether its OFFICIAL-SENSITIVE responses wait for its lead, and
 * when sharing without consent does (always, OFFICIAL-SENSITIVE only, never). Every change is an UPDATE event with
 * what it was and what it became; anyone else is refused and recorded.
 */
@ApplicationScoped
@Transactional
public class AgencySettings {

    static final String TYPE = "AGENCY";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    AccessDenials denials;

    /** @param version the agency's version the administrator saw; a later change by someone else is refused */
    public Agency changeApprovalPolicy(
            String code, long version, Boolean sensitiveNeedsApproval, OverrideApproval override) {
        if (!currentUser.require().has(Role.ADMIN)) {
            throw denials.denied(TYPE, code, null, java.util.List.of());
        }
        Agency agency = em.createQuery("select a from Agency a where a.code = :c", Agency.class)
                .setParameter("c", code == null ? "" : code)
                .setLockMode(jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT)
                .getResultStream()
                .findFirst()
                .orElseThrow(RecordNotFound::new);
        var changed = agency.changeApprovalPolicy(version, sensitiveNeedsApproval, override);
        if (!changed.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.UPDATE)
                    .target(TYPE, agency.getCode(), agency.getName())
                    .details(Map.of("part", "approval-policy", "changes", changed)));
        }
        return agency;
    }
}
