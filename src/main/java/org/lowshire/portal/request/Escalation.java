package org.lowshire.portal.request;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.lowshire.portal.audit.Actor;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditTrail;
import org.lowshire.portal.shared.FailureLog;

/**
 * Every five minutes, parts of open requests past their due date and still waiting on the responding agency are
 * marked escalated, so they show in that agency's lead's queue. Each escalation is a STATE_CHANGE event by the
 * portal itself.
 */
@Singleton
public class Escalation {

    private static final Logger LOG = Logger.getLogger(Escalation.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RequestRecords records;

    @Inject
    Clock clock;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void scheduled() {
        try {
            int n = escalateOverdue();
            if (n > 0) {
                LOG.infof("Escalated %d overdue request parts", n);
            }
        } catch (RuntimeException e) {
            FailureLog.job(LOG, "the escalation of overdue requests (it runs again in five minutes)", e);
        }
    }

    /** Returns how many agency parts were escalated by this run. */
    public int escalateOverdue() {
        var now = clock.instant();
        List<InformationRequest> overdue = em.createQuery(
                        "select distinct a.request from Ask a where a.dueAt < :now"
                                + " and a.escalatedAt is null and a.status in :waiting",
                        InformationRequest.class)
                .setParameter("now", now)
                .setParameter("waiting", List.of(Status.SUBMITTED, Status.ACKNOWLEDGED))
                .getResultList();
        int count = 0;
        for (InformationRequest r : overdue) {
            for (String agency : r.escalateOverdue(now)) {
                audit.recordAs(
                        Actor.system("escalation"),
                        now,
                        records.entry(AuditAction.STATE_CHANGE, r)
                                .details(Map.of("to", "ESCALATED", "agency", agency)));
                count++;
            }
        }
        return count;
    }
}
