package org.lowshire.portal.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.lowshire.portal.access.RequestFacts;
import org.lowshire.portal.agency.Sector;
import org.lowshire.portal.consent.SharingPurpose;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.request.deadline.Urgency;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.TextInput;
import org.lowshire.portal.shared.TextLimits;

/**
 * An information-sharing request from one agency's practitioner to one or more other agencies about one or more
 * people. The aggregate guards its lifecycle: the requester drafts, submits, answers clarifications, closes or
 * withdraws; each recipient agency's part ({@link Ask}) is acknowledged, clarified and responded to on its own.
 * Who may do what is the {@code access.RequestPolicy}'s business; what may happen next is decided here.
 */
@Entity
@Table(name = "info_request")
@Audited
public class InformationRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String uuid;

    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false, updatable = false)
    private String requesterSubject;

    @Column(nullable = false, updatable = false)
    private String requesterUsername;

    @Column(nullable = false)
    private String requesterName;

    @Column(nullable = false, updatable = false)
    private String requesterAgency;

    @Embedded
    @Valid
    private ConcernDetails concern;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant submittedAt;
    private Instant closedAt;

    @Size(max = TextLimits.TEXT)
    private String closeNote;

    @Size(max = TextLimits.TEXT)
    private String withdrawnReason;

    @NotAudited
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RequestSubject> subjects = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("agencyCode")
    private List<Ask> asks = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("sentAt")
    private List<Message> messages = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("at desc, id desc")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @Version
    private long version;

    protected InformationRequest() {
        // for JPA
    }

    public static InformationRequest draft(UserIdentity requester, String reference, Instant now) {
        var r = new InformationRequest();
        r.uuid = UUID.randomUUID().toString();
        r.reference = reference;
        r.status = Status.DRAFT;
        r.requesterSubject = requester.subject();
        r.requesterUsername = requester.username();
        r.requesterName = requester.displayName();
        r.requesterAgency = requester.agencyCode();
        r.createdAt = now;
        r.updatedAt = now;
        r.concern = ConcernDetails.of(RequestDetails.empty());
        r.note(null, "CREATED", requester, now, null);
        return r;
    }

    // --- drafting -------------------------------------------------------------------------------------------

    public void updateDetails(RequestDetails d, Instant now) {
        requireDraft();
        d.checkLengths();
        concern = ConcernDetails.of(d);
        updatedAt = now;
    }

    public void setQuestions(List<String> texts, Instant now) {
        requireDraft();
        List<String> kept = texts.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(String::strip)
                .toList();
        var c = new InvalidInput.Collector();
        for (int i = 0; i < kept.size(); i++) {
            c.check(kept.get(i).length() <= Question.MAX, "question" + i, "request.error.questionTooLong");
        }
        c.throwIfAny();
        questions.clear();
        for (int i = 0; i < kept.size(); i++) {
            questions.add(new Question(this, i + 1, kept.get(i)));
        }
        updatedAt = now;
    }

    public void setRecipients(Collection<String> agencyCodes, Instant now) {
        requireDraft();
        if (agencyCodes.contains(requesterAgency)) {
            throw new InvalidInput(Map.of("recipients", "request.error.recipientIsOwnAgency"));
        }
        asks.removeIf(a -> !agencyCodes.contains(a.getAgencyCode()));
        agencyCodes.stream()
                .filter(code -> ask(code).isEmpty())
                .sorted()
                .forEach(code -> asks.add(new Ask(this, code)));
        updatedAt = now;
    }

    public void addSubject(Person person, SubjectRole role, Instant now) {
        requireDraft();
        boolean already = subjects.stream()
                .anyMatch(s -> s.getPerson().getUuid().equals(person.getUuid()) && s.getRole() == role);
        if (already) {
            throw new InvalidInput(Map.of("subjects", "request.error.subjectTwice"));
        }
        subjects.add(new RequestSubject(this, person, role, subjects.size() + 1));
        updatedAt = now;
    }

    public void removeSubject(String personUuid, Instant now) {
        requireDraft();
        subjects.removeIf(s -> s.getPerson().getUuid().equals(personUuid));
        updatedAt = now;
    }

    /** Checks every part is there, then sends the request to each recipient with its own due date. */
    public void submit(UserIdentity requester, Sector requesterSector, Function<Urgency, Instant> dueFor, Instant now) {
        requireDraft();
        var missing = missingBeforeSending(requesterSector);
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        Instant due = dueFor.apply(concern.getUrgency());
        asks.forEach(a -> a.submit(due));
        status = Status.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
        note(null, "SUBMITTED", requester, now, null);
    }

    /** What is still missing before the draft can be sent, by field with its message key; empty when complete. */
    public Map<String, String> missingBeforeSending(Sector requesterSector) {
        var c = new InvalidInput.Collector();
        c.check(!asks.isEmpty(), "recipients", "request.error.recipientsMissing");
        c.check(subjects.stream().anyMatch(s -> s.getRole().isChild()), "subjects", "request.error.childMissing");
        c.check(!questions.isEmpty(), "questions", "request.error.questionsMissing");
        details().missing(requesterSector).forEach((field, key) -> c.check(false, field, key));
        return c.errors();
    }

    // --- responders: each agency's part answers on its own ({@link Ask}) ---------------------------------

    /** The part of the agency asked, or a refusal when the request did not ask it. */
    public Ask part(String agencyCode) {
        return ask(agencyCode).orElseThrow(() -> new RequestRefused("request.error.notARecipient"));
    }

    /** Marks overdue parts escalated; returns the agencies escalated by this call. */
    public List<String> escalateOverdue(Instant now) {
        if (status != Status.SUBMITTED) {
            return List.of();
        }
        List<String> escalated = asks.stream()
                .filter(a -> a.escalateIfOverdue(now))
                .map(Ask::getAgencyCode)
                .toList();
        escalated.forEach(
                code -> timeline.add(new TimelineEntry(this, code, "ESCALATED", "Lowshire portal", null, now, null)));
        return escalated;
    }

    // --- requester ends it ----------------------------------------------------------------------------------

    public void withdraw(UserIdentity requester, String reason, Instant now) {
        if (status != Status.DRAFT && status != Status.SUBMITTED) {
            throw new RequestRefused("request.error.transition.WITHDRAWN");
        }
        if (asks.stream().anyMatch(a -> a.getStatus() == Status.RESPONDED)) {
            throw new RequestRefused("request.error.withdrawAfterResponse");
        }
        String why =
                TextInput.required(reason, "withdrawReason", "request.error.withdrawReasonMissing", TextLimits.TEXT);
        asks.forEach(a -> a.move(Status.WITHDRAWN));
        status = Status.WITHDRAWN;
        withdrawnReason = why;
        closedAt = now;
        updatedAt = now;
        note(null, "WITHDRAWN", requester, now, null);
    }

    public void close(UserIdentity requester, String note, Instant now) {
        requireOpen();
        if (asks.stream().noneMatch(a -> a.getStatus() == Status.RESPONDED)) {
            throw new RequestRefused("request.error.closeWithoutResponse");
        }
        if (!TextLimits.fits(note, TextLimits.TEXT)) {
            throw new InvalidInput(Map.of("closeNote", "request.error.tooLong"));
        }
        asks.forEach(a -> a.move(Status.CLOSED));
        status = Status.CLOSED;
        closeNote = TextInput.optional(note);
        closedAt = now;
        updatedAt = now;
        note(null, "CLOSED", requester, now, null);
    }

    // --- reading --------------------------------------------------------------------------------------------

    /** The status people see: the request's own while a draft or ended, else the least advanced part's. */
    public Status displayStatus() {
        return status != Status.SUBMITTED
                ? status
                : Status.leastAdvanced(asks.stream().map(Ask::getStatus).toList());
    }

    public RequestDetails details() {
        return concern.toDetails();
    }

    public Optional<Ask> ask(String agencyCode) {
        return asks.stream().filter(a -> a.getAgencyCode().equals(agencyCode)).findFirst();
    }

    /** What the need-to-know policy reads: sent means submitted once, so a withdrawn draft is still a draft. */
    public RequestFacts facts() {
        return new RequestFacts(
                requesterSubject,
                requesterAgency,
                submittedAt != null,
                asks.stream().map(Ask::getAgencyCode).collect(java.util.stream.Collectors.toSet()));
    }

    public List<String> personUuids() {
        return subjects.stream().map(s -> s.getPerson().getUuid()).distinct().toList();
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw new RequestRefused("request.error.notDraft");
        }
    }

    void requireOpen() {
        if (status != Status.SUBMITTED) {
            throw new RequestRefused(status == Status.DRAFT ? "request.error.notSubmitted" : "request.error.ended");
        }
    }

    void added(Message m) {
        messages.add(m);
    }

    void touched(String agencyCode, String event, UserIdentity actor, Instant now, String text) {
        updatedAt = now;
        note(agencyCode, event, actor, now, text);
    }

    private void note(String agencyCode, String event, UserIdentity actor, Instant now, String text) {
        timeline.add(new TimelineEntry(this, agencyCode, event, actor.displayName(), actor.agencyCode(), now, text));
    }

    // --- getters for pages and services --------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public String getUuid() {
        return uuid;
    }

    public String getReference() {
        return reference;
    }

    public Status getStatus() {
        return status;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getRequesterAgency() {
        return requesterAgency;
    }

    public ConcernType getConcernType() {
        return concern.getConcernType();
    }

    public SharingPurpose getPurposeCategory() {
        return concern.getPurposeCategory();
    }

    public Urgency getUrgency() {
        return concern.getUrgency();
    }

    public HandlingMarking getMarking() {
        return concern.getMarking();
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<RequestSubject> getSubjects() {
        return List.copyOf(subjects);
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }

    public List<Ask> getAsks() {
        return List.copyOf(asks);
    }

    public List<Message> getMessages() {
        return List.copyOf(messages);
    }

    public List<TimelineEntry> getTimeline() {
        return List.copyOf(timeline);
    }

    public long getVersion() {
        return version;
    }
}
