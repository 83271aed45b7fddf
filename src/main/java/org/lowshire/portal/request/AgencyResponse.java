package org.lowshire.portal.request;

import jakarta.json.Json;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lowshire.portal.security.UserIdentity;

/**
 * One agency's response to its part of a request, with its sharing-decision record. It is released at once, or
 * after the agency lead's approval where the agency requires one (never by the person who decided). Once released
 * it never changes (a database trigger enforces it too): a correction is a new response that supersedes it, and the
 * snapshot keeps exactly what the requester was shown.
 */
@Entity
@Table(name = "ask_response")
public class AgencyResponse implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum State {
        AWAITING_APPROVAL,
        RELEASED,
        RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ask_id")
    private Ask ask;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supersedes_id")
    private AgencyResponse supersedes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResponseOutcome outcome;

    @Embedded
    @Valid
    private DecisionRecord decision;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Answer> answers = new ArrayList<>();

    private String decidedBySubject;
    private String decidedByUsername;
    private String decidedByName;
    private Instant decidedAt;
    private boolean approvalRequired;
    private String approvedBySubject;
    private String approvedByUsername;
    private String approvedByName;
    private Instant approvedAt;
    private Instant releasedAt;
    private String snapshot;

    @Version
    private long version;

    protected AgencyResponse() {
        // for JPA
    }

    AgencyResponse(
            Ask ask,
            ResponseOutcome outcome,
            DecisionRecord decision,
            Map<Question, String> answerTexts,
            UserIdentity decidedBy,
            boolean approvalRequired,
            AgencyResponse supersedes,
            Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.ask = ask;
        this.outcome = outcome;
        this.decision = decision;
        this.supersedes = supersedes;
        answerTexts.forEach((q, text) -> answers.add(new Answer(this, q, text)));
        this.decidedBySubject = decidedBy.subject();
        this.decidedByUsername = decidedBy.username();
        this.decidedByName = decidedBy.displayName();
        this.decidedAt = now;
        this.approvalRequired = approvalRequired;
        this.state = approvalRequired ? State.AWAITING_APPROVAL : State.RELEASED;
        if (!approvalRequired) {
            release(now);
        }
    }

    /** Four eyes: the approver is the agency lead and never the person who decided. */
    void approve(UserIdentity lead, Instant now) {
        if (state != State.AWAITING_APPROVAL) {
            throw new RequestRefused("response.error.notAwaitingApproval");
        }
        if (lead.subject().equals(decidedBySubject)) {
            throw new RequestRefused("response.error.approverIsDecider");
        }
        approvedBySubject = lead.subject();
        approvedByUsername = lead.username();
        approvedByName = lead.displayName();
        approvedAt = now;
        release(now);
    }

    void returnForChanges() {
        if (state != State.AWAITING_APPROVAL) {
            throw new RequestRefused("response.error.notAwaitingApproval");
        }
        state = State.RETURNED;
    }

    private void release(Instant now) {
        state = State.RELEASED;
        releasedAt = now;
        snapshot = snapshot();
    }

    /** Exactly what the requester is shown, frozen at release. */
    private String snapshot() {
        var answersJson = Json.createArrayBuilder();
        for (Answer a : answers) {
            answersJson.add(Json.createObjectBuilder()
                    .add("question", a.getQuestion().getText())
                    .add("answer", a.getText() == null ? "" : a.getText()));
        }
        var json = Json.createObjectBuilder()
                .add("response", uuid)
                .add("agency", ask.getAgencyCode())
                .add("outcome", outcome.name())
                .add("answers", answersJson)
                .add("whatReleased", text(decision.getWhatReleased()))
                .add("redactions", text(decision.getRedactions()))
                .add("marking", decision.getMarking().name())
                .add("onwardConditions", text(decision.getOnwardConditions()))
                .add("decidedBy", decidedByName)
                .add("approvedBy", text(approvedByName))
                .add("releasedAt", releasedAt.toString());
        return json.build().toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public boolean isReleased() {
        return state == State.RELEASED;
    }

    public Long getId() {
        return id;
    }

    public String getUuid() {
        return uuid;
    }

    public Ask getAsk() {
        return ask;
    }

    public AgencyResponse getSupersedes() {
        return supersedes;
    }

    public State getState() {
        return state;
    }

    public ResponseOutcome getOutcome() {
        return outcome;
    }

    public DecisionRecord getDecision() {
        return decision;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }

    public String getDecidedBySubject() {
        return decidedBySubject;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public String getApprovedByName() {
        return approvedByName;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
