package org.lowshire.portal.request.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.request.AgencyResponse;
import org.lowshire.portal.request.DecisionRecord;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestAccessPolicy;
import org.lowshire.portal.request.RequestRecords;
import org.lowshire.portal.security.Role;
import org.lowshire.portal.security.UserIdentity;

/** The to-do list of deferred "tell the person" decisions, per disclosing agency, and their resolution. */
@ApplicationScoped
@Transactional
public class Transparency {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    Clock clock;

    /** Called on release: a deferred decision becomes a task for the disclosing agency. */
    public void released(InformationRequest r, AgencyResponse response, String agencyCode) {
        var d = response.getDecision();
        if (d.getPersonInformed() == DecisionRecord.Informed.DEFERRED) {
            em.persist(new TransparencyTask(response, r, agencyCode, d.getNotInformedReason(), clock.instant()));
        }
    }

    /** Open tasks of the user's agency, oldest first (practitioners and leads of that agency). */
    public List<TransparencyTask> open(UserIdentity u) {
        if (u.agencyCode() == null || !(u.has(Role.PRACTITIONER) || u.has(Role.AGENCY_LEAD))) {
            return List.of();
        }
        return em.createQuery("select t from TransparencyTask t join fetch t.request where t.agencyCode = :a"
                + " and t.resolution is null order by t.createdAt", TransparencyTask.class)
                .setParameter("a", u.agencyCode()).setMaxResults(200).getResultList();
    }

    public void resolve(long taskId, TransparencyTask.Resolution outcome, LocalDate on, String note) {
        TransparencyTask t = em.find(TransparencyTask.class, taskId);
        if (t == null) {
            throw new org.lowshire.portal.shared.RecordNotFound();
        }
        InformationRequest r = records.load(t.getRequest().getUuid(), (u, req) -> RequestAccessPolicy.isResponder(
                u, req) && t.getAgencyCode().equals(u.agencyCode()), false);
        t.resolve(outcome, on, note, records.user(), LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))),
                clock.instant());
        records.record(AuditAction.STATE_CHANGE, r, t.auditDetails());
    }
}
