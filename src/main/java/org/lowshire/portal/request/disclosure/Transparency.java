package org.lowshire.portal.request.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.access.RequestAction;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditEntry;
import org.lowshire.portal.audit.AuditTrail;
import org.lowshire.portal.request.AgencyResponse;
import org.lowshire.portal.request.DecisionRecord;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestRecords;
import org.lowshire.portal.security.UserIdentity;

/** The to-do list of deferred "tell the person" decisions, per disclosing agency, and their resolution. */
@ApplicationScoped
@Transactional
public class Transparency {

    static final String TYPE = "TRANSPARENCY_TASK";
    static final int MAX_LISTED = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Called on release: a deferred decision becomes a task for the disclosing agency. */
    public void released(InformationRequest r, AgencyResponse response, String agencyCode) {
        var d = response.getDecision();
        if (d.getPersonInformed() == DecisionRecord.Informed.DEFERRED) {
            em.persist(new TransparencyTask(response, r, agencyCode, d.getNotInformedReason(), clock.instant()));
        }
    }

    /**
     * Open tasks of the user's agency, oldest first (practitioners and leads of that agency). The list shows request
     * references and the reason given for deferring, so reading it is a SEARCH event naming the people concerned.
     */
    public List<TransparencyTask> open(UserIdentity u) {
        if (!u.worksInCaseAgency()) {
            return List.of();
        }
        var tasks = em.createQuery(
                        "select t from TransparencyTask t join fetch t.request where t.agencyCode = :a"
                                + " and t.resolution is null order by t.createdAt",
                        TransparencyTask.class)
                .setParameter("a", u.agencyCode())
                .setMaxResults(MAX_LISTED)
                .getResultList();
        if (!tasks.isEmpty()) {
            var requests =
                    tasks.stream().map(TransparencyTask::getRequest).distinct().toList();
            audit.record(AuditEntry.of(AuditAction.SEARCH)
                    .target(TYPE, null, null)
                    .persons(ListedPeople.of(em, requests))
                    .details(Map.of(
                            "kind",
                            "transparency-to-do",
                            "count",
                            tasks.size(),
                            "requests",
                            requests.stream()
                                    .map(InformationRequest::getReference)
                                    .toList())));
        }
        return tasks;
    }

    /** How many open tasks the user's agency has: a number, not a record, so not an audit event. */
    public long due(UserIdentity u) {
        if (!u.worksInCaseAgency()) {
            return 0;
        }
        return em.createQuery(
                        "select count(t) from TransparencyTask t where t.agencyCode = :a" + " and t.resolution is null",
                        Long.class)
                .setParameter("a", u.agencyCode())
                .getSingleResult();
    }

    public void resolve(long taskId, TransparencyTask.Resolution outcome, LocalDate on, String note) {
        TransparencyTask t = em.find(TransparencyTask.class, taskId);
        if (t == null) {
            throw new org.lowshire.portal.shared.RecordNotFound();
        }
        InformationRequest r = records.load(t.getRequest().getUuid(), RequestAction.RESPOND, t.getAgencyCode(), false);
        t.resolve(
                outcome,
                on,
                note,
                records.user(),
                LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))),
                clock.instant());
        records.record(AuditAction.STATE_CHANGE, r, t.auditDetails());
    }
}
