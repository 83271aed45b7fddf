package org.lowshire.portal.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lowshire.portal.agency.Sector;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.shared.InvalidInput;

/**
 * One recipient agency's part of a request. Each agency acknowledges, asks for clarification and responds on its
 * own, against its own due date, while the request is open; an overdue part is escalated to that agency's lead.
 * Every step is also told on the request's timeline.
 */
@Entity
@Table(name = "request_ask")
public class Ask implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private InformationRequest request;

    @Column(nullable = false, updatable = false)
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private Instant dueAt;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Instant escalatedAt;
    private Instant respondedAt;

    @OneToMany(mappedBy = "ask", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<AgencyResponse> responses = new ArrayList<>();

    @Version
    private long version;

    protected Ask() {
        // for JPA
    }

    Ask(InformationRequest request, String agencyCode) {
        this.uuid = UUID.randomUUID().toString();
        this.request = request;
        this.agencyCode = agencyCode;
        this.status = Status.DRAFT;
    }

    void move(Status target) {
        if (!status.canMoveTo(target)) {
            throw new RequestRefused("request.error.transition." + target.name());
        }
        status = target;
    }

    void submit(Instant due) {
        move(Status.SUBMITTED);
        dueAt = due;
    }

    public void acknowledge(UserIdentity responder, Instant now) {
        request.requireOpen();
        move(Status.ACKNOWLEDGED);
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
            acknowledgedBy = responder.username();
        }
        request.touched(agencyCode, "ACKNOWLEDGED", responder, now, null);
    }

    public void askClarification(UserIdentity responder, String text, Instant now) {
        request.requireOpen();
        move(Status.CLARIFICATION_REQUESTED);
        request.added(new Message(this, Message.Kind.CLARIFICATION_QUESTION, responder, Message.text(text), now));
        request.touched(agencyCode, "CLARIFICATION_REQUESTED", responder, now, null);
    }

    public void answerClarification(UserIdentity requester, String text, Instant now) {
        request.requireOpen();
        if (status != Status.CLARIFICATION_REQUESTED) {
            throw new RequestRefused("request.error.noClarificationAsked");
        }
        move(Status.ACKNOWLEDGED);
        request.added(new Message(this, Message.Kind.CLARIFICATION_ANSWER, requester, Message.text(text), now));
        request.touched(agencyCode, "CLARIFICATION_ANSWERED", requester, now, null);
    }

    /** Every check a response must pass, without making it (for the responder's check page and for respond). */
    public Map<Question, String> checkResponse(
            ResponseOutcome outcome,
            DecisionRecord decision,
            Map<Integer, String> answersByPosition,
            Sector responderSector) {
        request.requireOpen();
        if (outcome == null) {
            throw new InvalidInput(Map.of("outcome", "response.error.outcomeMissing"));
        }
        decision.check(outcome, responderSector);
        return Answer.collect(request.getQuestions(), answersByPosition, outcome);
    }

    /** A new response; with a released one already there, this is a correction that supersedes it. */
    public AgencyResponse respond(
            ResponseOutcome outcome,
            DecisionRecord decision,
            Map<Integer, String> answersByPosition,
            UserIdentity responder,
            Sector responderSector,
            boolean approvalRequired,
            Instant now) {
        var answers = checkResponse(outcome, decision, answersByPosition, responderSector);
        if (pendingResponse().isPresent()) {
            throw new RequestRefused("response.error.alreadyAwaitingApproval");
        }
        AgencyResponse current = currentResponse().orElse(null);
        if (current == null && status != Status.ACKNOWLEDGED) {
            throw new RequestRefused(
                    status == Status.SUBMITTED
                            ? "response.error.acknowledgeFirst"
                            : "request.error.transition.RESPONDED");
        }
        if (current != null && status != Status.RESPONDED) {
            throw new RequestRefused("request.error.transition.RESPONDED");
        }
        var response = new AgencyResponse(this, outcome, decision, answers, responder, approvalRequired, current, now);
        responses.add(response);
        if (response.isReleased()) {
            released(now);
        }
        request.touched(
                agencyCode,
                response.isReleased() ? (current != null ? "CORRECTED" : "RESPONDED") : "AWAITING_APPROVAL",
                responder,
                now,
                null);
        return response;
    }

    /** The agency's lead releases its pending response (never the decider: the response refuses that). */
    public AgencyResponse approve(String responseUuid, UserIdentity lead, Instant now) {
        request.requireOpen();
        AgencyResponse response = pending(responseUuid);
        response.approve(lead, now);
        released(now);
        request.touched(agencyCode, "APPROVED", lead, now, null);
        return response;
    }

    /** The lead sends a pending response back to be decided again; nothing is released. */
    public AgencyResponse returnForChanges(String responseUuid, UserIdentity lead, Instant now) {
        request.requireOpen();
        AgencyResponse response = pending(responseUuid);
        response.returnForChanges();
        request.touched(agencyCode, "RETURNED", lead, now, null);
        return response;
    }

    private AgencyResponse pending(String responseUuid) {
        return pendingResponse()
                .filter(r -> r.getUuid().equals(responseUuid))
                .orElseThrow(() -> new RequestRefused("response.error.notAwaitingApproval"));
    }

    private void released(Instant now) {
        if (status != Status.RESPONDED) {
            move(Status.RESPONDED);
        }
        respondedAt = now;
        escalatedAt = null;
    }

    /** Overdue and still waiting on this agency: its lead sees it. Returns whether this call escalated it. */
    boolean escalateIfOverdue(Instant now) {
        boolean waiting = status == Status.SUBMITTED || status == Status.ACKNOWLEDGED;
        if (waiting && escalatedAt == null && dueAt != null && dueAt.isBefore(now)) {
            escalatedAt = now;
            return true;
        }
        return false;
    }

    /** The latest released response: what the requester sees. */
    public Optional<AgencyResponse> currentResponse() {
        return responses.stream().filter(AgencyResponse::isReleased).reduce((a, b) -> b);
    }

    public Optional<AgencyResponse> pendingResponse() {
        return responses.stream()
                .filter(r -> r.getState() == AgencyResponse.State.AWAITING_APPROVAL)
                .findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getUuid() {
        return uuid;
    }

    public InformationRequest getRequest() {
        return request;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean isEscalated() {
        return escalatedAt != null;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public List<AgencyResponse> getResponses() {
        return List.copyOf(responses);
    }

    public long getVersion() {
        return version;
    }
}
