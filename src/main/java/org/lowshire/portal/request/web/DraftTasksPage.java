package org.lowshire.portal.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestService;
import org.lowshire.portal.request.Status;

/**
 * The "Raise a request" task list and the "Check your request before sending" page: each task with its status, and
 * what is still missing, each linked to the task that answers it. Sending only happens from the check page.
 */
@Named
@ViewScoped
public class DraftTasksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestService requests;

    @Inject
    transient AgencyDirectory agencies;

    private String id;
    private InformationRequest request;
    private Map<String, String> missing = Map.of();
    private String withdrawReason;

    /** One line of the task list. */
    public record Row(DraftTask task, DraftTask.State state) implements Serializable {}

    /** One thing still missing: its message and the task that answers it. */
    public record Problem(String messageKey, DraftTask task) implements Serializable {}

    /** f:viewAction: loads the draft (audited); a sent request goes to its own page, others get 403/404. */
    public String load() {
        if (request != null) {
            return null;
        }
        var found = PageMessages.attempt(() -> requests.readiness(id), Map.of());
        if (found == null) {
            return null;
        }
        if (found.request().getStatus() != Status.DRAFT) {
            return "/requests/view.xhtml?faces-redirect=true&id=" + id;
        }
        request = found.request();
        missing = found.missing();
        return null;
    }

    public List<Row> getRows() {
        return Arrays.stream(DraftTask.values())
                .map(t -> new Row(t, t.state(missing)))
                .toList();
    }

    public long getCompletedCount() {
        return getRows().stream()
                .filter(r -> r.state() == DraftTask.State.COMPLETED)
                .count();
    }

    public long getRequiredCount() {
        return getRows().stream()
                .filter(r -> r.state() != DraftTask.State.OPTIONAL)
                .count();
    }

    public List<Problem> getProblems() {
        return missing.entrySet().stream()
                .map(e -> new Problem(e.getValue(), DraftTask.answering(e.getKey())))
                .toList();
    }

    public boolean isReady() {
        return request != null && missing.isEmpty();
    }

    /** "Send request" on the check page; refused with the problems if anything changed meanwhile. */
    public String send() {
        var sent = PageMessages.attempt(() -> requests.submit(id, request.getVersion()), Map.of());
        if (sent == null) {
            request = null;
            return load();
        }
        return "/requests/sent.xhtml?faces-redirect=true&id=" + id;
    }

    /** Withdraws the draft (a reason is required, shown next to its field when missing); the record is kept. */
    public String withdraw() {
        var done = PageMessages.attempt(
                () -> requests.withdraw(id, request.getVersion(), withdrawReason),
                Map.of("withdrawReason", "withdraw:withdrawReason"));
        if (done == null) {
            return null;
        }
        PageMessages.info("request.withdrawn.banner");
        return "/requests/view.xhtml?faces-redirect=true&id=" + id;
    }

    public String agencyName(String code) {
        return agencies.nameOf(code);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InformationRequest getRequest() {
        return request;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String v) {
        withdrawReason = v;
    }
}
