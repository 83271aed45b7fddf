package org.lowshire.portal.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.audit.AuditChainControl;
import org.lowshire.portal.audit.AuditVerification;
import org.lowshire.portal.audit.chain.HeadFile;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.platform.web.UploadedFiles;
import org.lowshire.portal.security.CurrentUser;

/**
 * The chain's verification status and history, the button that verifies it now, the check of a saved signed head
 * against today's chain, and (while chaining is halted) resuming it.
 */
@Named
@RequestScoped
public class VerificationPage {

    static final int HISTORY = 30;

    @Inject
    AuditVerification verification;

    @Inject
    AuditChainControl chain;

    @Inject
    CurrentUser currentUser;

    private List<AuditVerification.Run> history;
    private Part headFile;
    private AuditChainControl.HeadCheck headCheck;
    private String note;
    private boolean acceptBreak;

    public String verifyNow() {
        verification.verify(AuditVerification.Trigger.REQUESTED, currentUser.getUsername());
        history = null;
        return null;
    }

    public String checkHead() {
        headCheck = PageMessages.attempt(
                () -> chain.check(UploadedFiles.readAtMost(headFile, HeadFile.MAX_BYTES)), Map.of("head", "head:file"));
        return null;
    }

    public String resume() {
        var resumed = PageMessages.attempt(() -> chain.resume(acceptBreak, note), Map.of("note", "resume:note"));
        if (resumed != null) {
            PageMessages.info("audit.chain.resumed." + resumed.name());
            return "/ig/verification.xhtml?faces-redirect=true";
        }
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

    public AuditChainControl.HeadCheck getHeadCheck() {
        return headCheck;
    }

    public String getHeadCheckKey() {
        return headCheck == null ? null : AuditChainControl.messageKey(headCheck);
    }

    public Part getHeadFile() {
        return headFile;
    }

    public void setHeadFile(Part headFile) {
        this.headFile = headFile;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isAcceptBreak() {
        return acceptBreak;
    }

    public void setAcceptBreak(boolean acceptBreak) {
        this.acceptBreak = acceptBreak;
    }
}
