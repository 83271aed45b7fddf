package org.lowshire.portal.consent;

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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.TextLimits;

/**
 * One person's consent of one kind (after HL7 FHIR Consent): its status and status history, who gave it (a competent
 * child, a person with parental responsibility, or the adult), its scope, method, dates and verification. A
 * correction keeps the old values in the field history (Envers); withdrawal is a new status, never an erasure.
 */
@Entity
@Table(name = "consent")
@Audited
public class Consent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 36)
    private String uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentStatus status;

    @Enumerated(EnumType.STRING)
    private GivenBy givenBy;

    @Size(max = TextLimits.LONG_NAME)
    private String giverName;

    @Size(max = TextLimits.NAME)
    private String giverRelationship;

    @Size(max = TextLimits.LONG_NAME)
    private String competenceAssessedBy;

    private LocalDate competenceAssessedOn;

    @Enumerated(EnumType.STRING)
    private CompetenceOutcome competenceOutcome;

    @Size(max = TextLimits.TEXT)
    private String competenceNotes;

    @Embedded
    private ConsentScope scope;

    @Enumerated(EnumType.STRING)
    private ConsentMethod method;

    @Size(max = TextLimits.LONG_NAME)
    private String documentReference;

    @Column(nullable = false)
    private LocalDate statusOn;

    private LocalDate expiresOn;

    @Size(max = TextLimits.TEXT)
    private String notSoughtReason;

    @Size(max = TextLimits.LONG_NAME)
    private String verifiedBy;

    private LocalDate verifiedOn;

    @Column(nullable = false, updatable = false)
    private String recordedBySubject;

    @Column(nullable = false, updatable = false)
    private String recordedByUsername;

    @Column(nullable = false, updatable = false)
    private String recordedByName;

    @Column(nullable = false, updatable = false)
    private String recordedByAgency;

    @Column(nullable = false, updatable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "consent", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    @NotAudited
    private List<ConsentStatusEntry> history = new ArrayList<>();

    @Version
    private long version;

    protected Consent() {
        // for JPA
    }

    /** A new consent record; the details are checked first. */
    public static Consent record(Person person, ConsentDetails d, UserIdentity by, LocalDate today, Instant now) {
        d.check(today, person.isChildOn(today));
        var c = new Consent();
        c.uuid = UUID.randomUUID().toString();
        c.person = person;
        c.kind = d.kind();
        c.recordedBySubject = by.subject();
        c.recordedByUsername = by.username();
        c.recordedByName = by.displayName();
        c.recordedByAgency = by.agencyCode();
        c.recordedAt = now;
        c.apply(d);
        c.history.add(new ConsentStatusEntry(c, d.status(), d.statusOn(), null, by, now));
        return c;
    }

    /**
     * A correction, or the answer to a consent that was sought. The status may stay or move forward (sought to
     * given or refused); withdrawal has its own step. Old values stay in the field history.
     */
    public void revise(ConsentDetails d, UserIdentity by, LocalDate today, Instant now) {
        if (d.kind() != kind) {
            throw new InvalidInput(Map.of("kind", "consent.error.kindFixed"));
        }
        if (d.status() != status && !status.canBecome(d.status())) {
            throw new InvalidInput(Map.of("status", "consent.error.statusStep"));
        }
        d.check(today, person.isChildOn(today));
        boolean moved = d.status() != status;
        apply(d);
        history.add(new ConsentStatusEntry(this, status, statusOn, moved ? null : "corrected", by, now));
    }

    /** The person (or whoever gave it) takes consent back from the given day; every reliance on it is flagged. */
    public void withdraw(LocalDate on, String note, UserIdentity by, LocalDate today, Instant now) {
        var c = new InvalidInput.Collector();
        c.check(status == ConsentStatus.GIVEN, "status", "consent.error.onlyGivenWithdrawn");
        c.check(on != null, "withdrawnOn", "consent.error.dateMissing");
        c.check(on == null || !on.isAfter(today), "withdrawnOn", "consent.error.dateInFuture");
        c.check(on == null || !on.isBefore(statusOn), "withdrawnOn", "consent.error.withdrawnBeforeGiven");
        c.check(note == null || note.length() <= ConsentDetails.TEXT_MAX, "withdrawalNote", "consent.error.tooLong");
        c.throwIfAny();
        status = ConsentStatus.WITHDRAWN;
        statusOn = on;
        history.add(
                new ConsentStatusEntry(this, status, on, org.lowshire.portal.shared.TextInput.optional(note), by, now));
    }

    /** Why this consent does not cover the disclosure, or empty when it does. Checked in {@link CoverageGap} order. */
    public Optional<CoverageGap> gapFor(Disclosure d) {
        CoverageGap gap = null;
        if (kind != ConsentKind.DATA_PROTECTION) {
            gap = CoverageGap.WRONG_KIND;
        } else if (status == ConsentStatus.WITHDRAWN) {
            gap = CoverageGap.WITHDRAWN;
        } else if (status != ConsentStatus.GIVEN) {
            gap = CoverageGap.NOT_GIVEN;
        } else if (d.on().isBefore(statusOn)) {
            gap = CoverageGap.NOT_YET_IN_FORCE;
        } else if (isExpiredOn(d.on())) {
            gap = CoverageGap.EXPIRED;
        } else if (!scope.coversRecipient(d.recipientAgency())) {
            gap = CoverageGap.RECIPIENT_OUTSIDE;
        } else if (!scope.coversPurpose(d.purpose())) {
            gap = CoverageGap.PURPOSE_OUTSIDE;
        } else if (!scope.coversAll(d.categories())) {
            gap = CoverageGap.DATA_OUTSIDE;
        }
        return Optional.ofNullable(gap);
    }

    public boolean isExpiredOn(LocalDate day) {
        return expiresOn != null && day.isAfter(expiresOn);
    }

    /** Given, not withdrawn and not expired on the day. */
    public boolean isInForceOn(LocalDate day) {
        return status == ConsentStatus.GIVEN && !day.isBefore(statusOn) && !isExpiredOn(day);
    }

    public ConsentDetails details() {
        return new ConsentDetails(
                kind,
                status,
                statusOn,
                givenBy,
                giverName,
                giverRelationship,
                new ConsentDetails.Competence(
                        competenceAssessedBy, competenceAssessedOn, competenceOutcome, competenceNotes),
                scope,
                method,
                documentReference,
                expiresOn,
                notSoughtReason,
                verifiedBy,
                verifiedOn);
    }

    private void apply(ConsentDetails d) {
        status = d.status();
        statusOn = d.statusOn();
        givenBy = d.givenBy();
        giverName = d.giverName();
        giverRelationship = d.giverRelationship();
        competenceAssessedBy = d.competence().assessedBy();
        competenceAssessedOn = d.competence().assessedOn();
        competenceOutcome = d.competence().outcome();
        competenceNotes = d.competence().notes();
        scope = d.scope();
        method = d.method();
        documentReference = d.documentReference();
        expiresOn = d.expiresOn();
        notSoughtReason = d.notSoughtReason();
        verifiedBy = d.verifiedBy();
        verifiedOn = d.verifiedOn();
    }

    public Long getId() {
        return id;
    }

    public String getUuid() {
        return uuid;
    }

    public Person getPerson() {
        return person;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public GivenBy getGivenBy() {
        return givenBy;
    }

    public String getGiverName() {
        return giverName;
    }

    public String getGiverRelationship() {
        return giverRelationship;
    }

    public String getCompetenceAssessedBy() {
        return competenceAssessedBy;
    }

    public LocalDate getCompetenceAssessedOn() {
        return competenceAssessedOn;
    }

    public CompetenceOutcome getCompetenceOutcome() {
        return competenceOutcome;
    }

    public ConsentScope getScope() {
        return scope == null ? ConsentScope.empty() : scope;
    }

    public ConsentMethod getMethod() {
        return method;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public LocalDate getStatusOn() {
        return statusOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getNotSoughtReason() {
        return notSoughtReason;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public String getRecordedByAgency() {
        return recordedByAgency;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** When the consent was last recorded, corrected, answered or withdrawn. */
    public Instant lastChangedAt() {
        return history.stream()
                .map(ConsentStatusEntry::getRecordedAt)
                .reduce(recordedAt, (a, b) -> b.isAfter(a) ? b : a);
    }

    public List<ConsentStatusEntry> getHistory() {
        return List.copyOf(history);
    }

    public long getVersion() {
        return version;
    }
}
