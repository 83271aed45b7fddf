package org.lowshire.portal.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.lowshire.portal.audit.AuditVerification;
import org.lowshire.portal.security.CurrentUser;

/** The chain's verification status and history, and the button that verifies it now. */
@Named
@RequestScoped
public class VerificationPage {

    static final int HISTORY = 30;

    @Inject
    AuditVerification verification;

    @Inject
    CurrentUser currentUser;

    private List<AuditVerification.Run> history;

    public String verifyNow() {
        verification.verify(AuditVerification.Trigger.REQUESTED, currentUser.getUsername());
        history = null;
        return null;
    }

    public List<AuditVerification.Run> getHistory() {
        if (history == null) {
            history = verification.history(HISTORY);
        }
        return history;
    }

    public AuditVerification.Run getLatest() {
        return getHistory().isEmpty() ? null : getHistory().get(0);
    }
}
