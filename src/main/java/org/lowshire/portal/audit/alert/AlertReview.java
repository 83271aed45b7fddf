package org.lowshire.portal.audit.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.access.ReportPolicy;
import org.lowshire.portal.audit.AccessDenials;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditEntry;
import org.lowshire.portal.audit.AuditTrail;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.shared.BusinessException;

/**
 * Open alerts for IG officers, and their acknowledgement (recorded in the trail in the same transaction). Nobody
 * reviews their own activity: an alert about the signed-in officer is refused and recorded.
 */
@ApplicationScoped
public class AlertReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessDenials denials;

    @Inject
    Clock clock;

    public List<Alert> open() {
        return em.createQuery("select a from Alert a where a.status = 'OPEN' order by a.raisedAt desc", Alert.class)
                .setMaxResults(200)
                .getResultList();
    }

    public List<Alert> recentlyAcknowledged() {
        return em.createQuery(
                        "select a from Alert a where a.status = 'ACKNOWLEDGED' order by a.acknowledgedAt desc",
                        Alert.class)
                .setMaxResults(50)
                .getResultList();
    }

    @Transactional
    public void acknowledge(long alertId, String note) {
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null) {
            throw new BusinessException("alert.error.notFound");
        }
        if (!ReportPolicy.mayReviewAlert(currentUser.require(), alert.getUsername())) {
            throw denials.denied("ALERT", Long.toString(alertId), null, List.of());
        }
        alert.acknowledge(currentUser.getUsername(), note, clock.instant());
        audit.record(AuditEntry.of(AuditAction.ALERT_ACKNOWLEDGED)
                .target("ALERT", Long.toString(alertId), null)
                .details(Map.of("rule", alert.getRule().name(), "subjectUser", String.valueOf(alert.getUsername()))));
    }
}
