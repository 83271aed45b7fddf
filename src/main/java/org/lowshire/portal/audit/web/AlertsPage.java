package org.lowshire.portal.audit.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.lowshire.portal.access.ReportPolicy;
import org.lowshire.portal.audit.alert.Alert;
import org.lowshire.portal.audit.alert.AlertReview;
import org.lowshire.portal.audit.alert.AlertRules;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.shared.BusinessException;

/** Open unusual-access alerts, each acknowledged with a note; the note typed stays on the page if it is refused. */
@Named
@ViewScoped
public class AlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AlertReview review;

    @Inject
    transient AlertRules rules;

    @Inject
    transient CurrentUser currentUser;

    private final Map<Long, String> notes = new HashMap<>();
    private Long failedAlert;
    private String failure;
    private List<Alert> open;
    private boolean acknowledged;

    public boolean isAcknowledged() {
        return acknowledged;
    }

    /** Runs the rules now rather than waiting for the next minute. */
    public String runRulesNow() {
        failedAlert = null;
        acknowledged = false;
        rules.evaluate();
        open = null;
        return null;
    }

    public String acknowledge(long alertId) {
        failedAlert = null;
        acknowledged = false;
        try {
            review.acknowledge(alertId, notes.get(alertId));
            acknowledged = true;
            open = null;
            return null;
        } catch (RuntimeException e) {
            BusinessException business = causeOf(e, BusinessException.class);
            if (causeOf(e, org.lowshire.portal.security.AccessDenied.class) != null) {
                fail(alertId, "alert.error.ownActivity");
            } else if (business != null) {
                fail(alertId, business.messageKey());
            } else if (causeOf(e, OptimisticLockException.class) != null) {
                fail(alertId, "alert.error.changedMeanwhile");
            } else {
                throw e;
            }
        }
        return null;
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private void fail(long alertId, String key) {
        var context = FacesContext.getCurrentInstance();
        failedAlert = alertId;
        failure = ResourceBundle.getBundle(
                        "i18n.messages", context.getViewRoot().getLocale())
                .getString(key);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failure, null));
        context.validationFailed();
    }

    /** Whether the signed-in officer may review this alert (never one about their own activity). */
    public boolean mayReview(Alert a) {
        return ReportPolicy.mayReviewAlert(currentUser.require(), a.getUsername());
    }

    public List<Alert> getOpen() {
        if (open == null) {
            open = review.open();
        }
        return open;
    }

    public List<Alert> getAcknowledged() {
        return review.recentlyAcknowledged();
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    /** The refusal to show next to this alert's note, if the last attempt on it was refused. */
    public String errorFor(long alertId) {
        return failedAlert != null && failedAlert == alertId ? failure : null;
    }
}
