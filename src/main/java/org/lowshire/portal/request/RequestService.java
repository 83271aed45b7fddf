package org.lowshire.portal.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.access.PersonPolicy;
import org.lowshire.portal.access.RequestAction;
import org.lowshire.portal.access.RequestPolicy;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.history.FieldChange;
import org.lowshire.portal.audit.history.FieldHistory;
import org.lowshire.portal.consent.PersonAccess;
import org.lowshire.portal.person.LinkReason;
import org.lowshire.portal.person.PersonDetails;
import org.lowshire.portal.person.PersonRecords;
import org.lowshire.portal.request.deadline.BankHolidayCalendar;
import org.lowshire.portal.shared.InvalidInput;

/**
 * The requester's side of a request: draft, add people and questions, submit, answer clarifications, close,
 * withdraw; and reading a request as anyone entitled to it. Every call asks {@link RequestPolicy} and
 * records its audit event in the same transaction as the change.
 */
@ApplicationScoped
@Transactional
public class RequestService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    PersonRecords persons;

    @Inject
    AgencyDirectory agencies;

    @Inject
    BankHolidayCalendar calendar;

    @Inject
    FieldHistory fieldHistory;

    @Inject
    PersonAccess personAccess;

    @Inject
    Clock clock;

    /** A new, empty draft owned by the signed-in practitioner. */
    public InformationRequest startDraft() {
        var user = records.user();
        if (!RequestPolicy.mayRaise(user)) {
            throw records.refuseNew();
        }
        long n = ((Number) em.createNativeQuery("select nextval('portal.request_ref_seq')")
                        .getSingleResult())
                .longValue();
        String reference =
                String.format("ISR-%d-%06d", Year.now(clock.withZone(UK)).getValue(), n);
        var r = InformationRequest.draft(user, reference, clock.instant());
        em.persist(r);
        em.flush();
        records.record(AuditAction.CREATE, r, Map.of());
        return r;
    }

    /** Reads a request for its page: VIEW is recorded before anything is returned (no audit, no data). */
    public VisibleRequest view(String uuid) {
        var r = records.load(uuid, RequestAction.VIEW, false);
        records.record(AuditAction.VIEW, r, Map.of());
        return records.visible(r);
    }

    /** The request for a PDF copy: the same need-to-know as reading it, recorded as an EXPORT. */
    public VisibleRequest forCopy(String uuid) {
        var r = records.load(uuid, RequestAction.COPY, false);
        records.record(AuditAction.EXPORT, r, Map.of("format", "pdf", "kind", "request-copy"));
        return records.visible(r);
    }

    /** A draft for its task list or check page, with what is still missing before it can be sent, by field. */
    public Readiness readiness(String uuid) {
        var r = view(uuid).getRequest();
        var sector = agencies.byCode(r.getRequesterAgency()).orElseThrow().getSector();
        return new Readiness(r, r.getStatus() == Status.DRAFT ? r.missingBeforeSending(sector) : Map.of());
    }

    public record Readiness(InformationRequest request, Map<String, String> missing) {}

    /** The field history of the request and its people (Envers) as far as this viewer may read it, as a VIEW. */
    public RequestHistory history(String uuid) {
        var r = records.load(uuid, RequestAction.HISTORY, false);
        records.record(AuditAction.VIEW, r, Map.of("part", "history"));
        var v = records.visible(r);
        var from = v.historyFrom();
        var people = new java.util.LinkedHashMap<String, List<FieldChange>>();
        var user = records.user();
        for (var s : r.getSubjects()) {
            var facts = personAccess.facts(s.getPerson());
            // a change by an agency the viewer may not know of would say that agency knows the child
            var changes = fieldHistory
                    .of(org.lowshire.portal.person.Person.class, s.getPerson().getId(), from)
                    .stream()
                    .filter(c -> PersonPolicy.mayKnowAgency(user, facts, c.actorAgency()))
                    .toList();
            people.putIfAbsent(
                    s.getPerson().getDisplayName() + " ("
                            + s.getPerson().getUuid().substring(0, 8) + ")",
                    changes);
        }
        var changes = fieldHistory.of(InformationRequest.class, r.getId(), from).stream()
                .filter(c -> v.maySeeChangeBy(c.actorAgency()))
                .toList();
        return new RequestHistory(r, changes, people);
    }

    public record RequestHistory(
            InformationRequest request, List<FieldChange> changes, Map<String, List<FieldChange>> people) {}

    public InformationRequest saveDraft(
            String uuid, long version, RequestDetails details, Collection<String> recipients, List<String> questions) {
        var r = records.load(uuid, RequestAction.EDIT_DRAFT, true);
        records.checkVersion(r, version);
        var now = clock.instant();
        for (String code : recipients) {
            agencies.byCode(code).orElseThrow(() -> new RequestRefused("request.error.unknownAgency"));
        }
        r.updateDetails(details, now);
        r.setRecipients(recipients, now);
        r.setQuestions(questions, now);
        records.record(AuditAction.UPDATE, r, Map.of("part", "details"));
        return records.initialised(r);
    }

    /** Adds a new person record as a subject of the draft. */
    public InformationRequest addSubject(String uuid, PersonDetails details, SubjectRole role) {
        var r = records.load(uuid, RequestAction.EDIT_DRAFT, true);
        requireRole(role);
        var person = persons.create(details, LocalDate.now(clock.withZone(UK)));
        r.addSubject(person, role, clock.instant());
        records.record(AuditAction.UPDATE, r, Map.of("part", "subjects", "role", role.name()));
        return records.initialised(r);
    }

    /** Whether a record exists for the person the author holds identifiers for: yes or no, nothing more. */
    public boolean personExists(String uuid, PersonDetails details) {
        var r = records.load(uuid, RequestAction.EDIT_DRAFT, false);
        if (r.getStatus() != Status.DRAFT) {
            throw new RequestRefused("request.error.notDraft");
        }
        details.check(LocalDate.now(clock.withZone(UK)));
        return persons.match(details).isPresent();
    }

    /**
     * Links the existing record of the person the author holds identifiers for (matched again here, never taken
     * by id), with the reason they give; the link is an UPDATE event naming the person and the reason.
     */
    public InformationRequest linkSubject(String uuid, PersonDetails details, SubjectRole role, LinkReason reason) {
        var r = records.load(uuid, RequestAction.EDIT_DRAFT, true);
        requireRole(role);
        if (reason == null) {
            throw new InvalidInput(Map.of("linkReason", "person.error.linkReasonMissing"));
        }
        var person = persons.existing(details);
        r.addSubject(person, role, clock.instant());
        records.audit(records.entry(AuditAction.UPDATE, r)
                .persons(r.personUuids())
                .details(Map.of(
                        "part", "subjects", "role", role.name(), "linked", person.getUuid(), "reason", reason.name())));
        return records.initialised(r);
    }

    private static void requireRole(SubjectRole role) {
        if (role == null) {
            throw new InvalidInput(Map.of("role", "request.error.roleMissing"));
        }
    }

    public InformationRequest removeSubject(String uuid, String personUuid) {
        var r = records.load(uuid, RequestAction.EDIT_DRAFT, true);
        r.removeSubject(personUuid, clock.instant());
        records.record(AuditAction.UPDATE, r, Map.of("part", "subjects"));
        return records.initialised(r);
    }

    public InformationRequest submit(String uuid, long version) {
        var r = records.load(uuid, RequestAction.SUBMIT, true);
        records.checkVersion(r, version);
        var sector = agencies.byCode(r.getRequesterAgency()).orElseThrow().getSector();
        var now = clock.instant();
        var cal = calendar.calendar();
        var policy = calendar.policy();
        r.submit(records.user(), sector, urgency -> policy.dueAt(now, urgency, cal), now);
        records.record(
                AuditAction.STATE_CHANGE,
                r,
                Map.of(
                        "to",
                        "SUBMITTED",
                        "urgency",
                        r.getUrgency().name(),
                        "recipients",
                        String.join(
                                ",",
                                r.getAsks().stream().map(Ask::getAgencyCode).toList())));
        return records.initialised(r);
    }

    public InformationRequest answerClarification(String uuid, String agencyCode, String text) {
        var r = records.load(uuid, RequestAction.ANSWER_CLARIFICATION, true);
        r.part(agencyCode).answerClarification(records.user(), text, clock.instant());
        records.record(
                AuditAction.STATE_CHANGE,
                r,
                Map.of("to", "ACKNOWLEDGED", "agency", agencyCode, "event", "CLARIFICATION_ANSWERED"));
        return records.initialised(r);
    }

    public InformationRequest withdraw(String uuid, long version, String reason) {
        var r = records.load(uuid, RequestAction.WITHDRAW, true);
        records.checkVersion(r, version);
        r.withdraw(records.user(), reason, clock.instant());
        records.record(AuditAction.STATE_CHANGE, r, Map.of("to", "WITHDRAWN"));
        return records.initialised(r);
    }

    public InformationRequest close(String uuid, long version, String note) {
        var r = records.load(uuid, RequestAction.CLOSE, true);
        records.checkVersion(r, version);
        r.close(records.user(), note, clock.instant());
        records.record(AuditAction.STATE_CHANGE, r, Map.of("to", "CLOSED"));
        return records.initialised(r);
    }
}
