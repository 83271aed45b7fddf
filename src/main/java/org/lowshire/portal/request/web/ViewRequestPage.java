package org.lowshire.portal.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.access.RequestAction;
import org.lowshire.portal.platform.web.PageMessages;
import org.lowshire.portal.request.Ask;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestService;
import org.lowshire.portal.request.Status;
import org.lowshire.portal.request.VisibleRequest;
import org.lowshire.portal.request.disclosure.ConsentFlag;
import org.lowshire.portal.request.disclosure.ConsentFlags;
import org.lowshire.portal.request.disclosure.ResponseService;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.shared.RecordNotFound;

/**
 * A request's page: identity bar, what was asked, each agency's part the viewer may see, the clarification thread,
 * the timeline; and the one or two actions this viewer may take now. Every load is a VIEW in the audit trail.
 */
@Named
@ViewScoped
public class ViewRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestService requests;

    @Inject
    transient ResponseService responses;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ConsentFlags consentFlags;

    private String id;
    private VisibleRequest view;
    private InformationRequest request;
    private final Map<String, String> replies = new HashMap<>();
    private String clarification;
    private String closeNote;
    private String withdrawReason;
    private List<ConsentFlag> flags = List.of();
    private Map<Long, Long> reliedOn = Map.of();

    public void load() {
        loaded();
    }

    /**
     * The request, loaded once per view. A session keeps the beans of its 25 most recent views only (Mojarra's
     * {@code numberOfActiveViewMaps}); with more pages opened at once (many tabs, a reload storm) the bean of a
     * page still rendering is dropped and a fresh one takes over mid-render, without the view action having run
     * for it. It loads the request itself from the id the browser sent, rather than render around nothing.
     */
    private VisibleRequest loaded() {
        if (view == null && PageMessages.mayLoad()) {
            if (id == null) {
                id = PageMessages.requestParameter("id");
            }
            view = PageMessages.load(() -> requests.view(id));
            if (view != null) {
                request = view.getRequest();
                flags = consentFlags.on(view);
                reliedOn = consentFlags.reliedOn(flags, view);
            }
        }
        return view;
    }

    /** The version the viewer saw, for an action; an action on a request that could not be loaded is refused. */
    private long version() {
        if (loaded() == null) {
            throw new RecordNotFound();
        }
        return request.getVersion();
    }

    public String acknowledgeFlag(long flagId) {
        var done = PageMessages.attempt(
                () -> {
                    consentFlags.acknowledge(id, flagId);
                    return Boolean.TRUE;
                },
                Map.of());
        return done == null ? null : reload("consentFlag.acknowledged.banner");
    }

    public boolean acknowledged(ConsentFlag f) {
        return consentFlags.acknowledgedBy(f, user());
    }

    public String returnForChanges(String responseUuid) {
        var returned = PageMessages.attempt(() -> responses.returnForChanges(id, version(), responseUuid), Map.of());
        return returned == null ? null : reload("request.returned.banner");
    }

    public String acknowledge() {
        return done(
                PageMessages.attempt(() -> responses.acknowledge(id, version()), Map.of()),
                "request.acknowledged.banner");
    }

    public String askClarification() {
        return done(
                PageMessages.attempt(
                        () -> responses.askClarification(id, version(), clarification),
                        Map.of("message", "actions:clarification")),
                "request.clarificationSent.banner");
    }

    public String answerClarification(String agency) {
        return done(
                PageMessages.attempt(
                        () -> requests.answerClarification(id, agency, replies.get(agency)),
                        Map.of("message", "thread:reply-" + agency)),
                "request.clarificationAnswered.banner");
    }

    public String approve(String responseUuid) {
        var approved = PageMessages.attempt(() -> responses.approve(id, version(), responseUuid), Map.of());
        return approved == null ? null : reload("request.approved.banner");
    }

    public String close() {
        return done(
                PageMessages.attempt(
                        () -> requests.close(id, version(), closeNote), Map.of("closeNote", "actions:closeNote")),
                "request.closed.banner");
    }

    public String withdraw() {
        return done(
                PageMessages.attempt(
                        () -> requests.withdraw(id, version(), withdrawReason),
                        Map.of("withdrawReason", "actions:withdrawReason")),
                "request.withdrawn.banner");
    }

    private String done(InformationRequest updated, String bannerKey) {
        return updated == null ? null : reload(bannerKey);
    }

    private String reload(String bannerKey) {
        PageMessages.info(bannerKey);
        return "/requests/view.xhtml?faces-redirect=true&id=" + id;
    }

    private UserIdentity user() {
        return currentUser.require();
    }

    /** Buttons only, for comfort: the services ask the policy again on every action. */
    public boolean isRequester() {
        return may(RequestAction.ANSWER_CLARIFICATION);
    }

    public boolean isResponder() {
        return may(RequestAction.RESPOND);
    }

    public boolean isLeadOfResponder() {
        return may(RequestAction.APPROVE);
    }

    private boolean may(RequestAction action) {
        return loaded() != null && view.may(action);
    }

    /** The viewer's own agency's part, when the viewer is an agency asked. */
    public Ask getMyAsk() {
        return loaded() == null
                ? null
                : view.ownPart().map(VisibleRequest.Part::ask).orElse(null);
    }

    /** Per flag, how many of the disclosures this viewer may see relied on the withdrawn consent. */
    public Map<Long, Long> getReliedOn() {
        loaded();
        return reliedOn;
    }

    public VisibleRequest getView() {
        return loaded();
    }

    public boolean isOpen() {
        return loaded() != null && request.getStatus() == Status.SUBMITTED;
    }

    public boolean isCanWithdraw() {
        return loaded() != null && view.mayWithdrawNow();
    }

    public boolean isCanClose() {
        return loaded() != null && view.mayCloseNow();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InformationRequest getRequest() {
        loaded();
        return request;
    }

    public List<ConsentFlag> getFlags() {
        loaded();
        return flags;
    }

    public Map<String, String> getReplies() {
        return replies;
    }

    public String getClarification() {
        return clarification;
    }

    public void setClarification(String v) {
        clarification = v;
    }

    public String getCloseNote() {
        return closeNote;
    }

    public void setCloseNote(String v) {
        closeNote = v;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String v) {
        withdrawReason = v;
    }
}
