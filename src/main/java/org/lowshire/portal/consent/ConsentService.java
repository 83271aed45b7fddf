package org.lowshire.portal.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;
import org.lowshire.portal.access.PersonFacts;
import org.lowshire.portal.access.PersonPolicy;
import org.lowshire.portal.access.PersonPolicy.ConsentAction;
import org.lowshire.portal.attachment.Attachment;
import org.lowshire.portal.attachment.AttachmentStore;
import org.lowshire.portal.audit.AccessDenials;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditEntry;
import org.lowshire.portal.audit.AuditTrail;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.RecordNotFound;

/**
 * Consent records of a person: read (VIEW before data), record, revise, withdraw. Every call asks
 * {@code access.PersonPolicy} with the facts {@link PersonAccess} reads; refusals are ACCESS_DENIED events naming the person. Withdrawal fires
 * {@link ConsentWithdrawn} in the same transaction so that whatever relied on the consent is flagged with it.
 */
@ApplicationScoped
@Transactional
public class ConsentService {

    public static final String TYPE = "CONSENT";
    static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonAccess access;

    @Inject
    Event<ConsentWithdrawn> withdrawn;

    @Inject
    AccessDenials denials;

    @Inject
    AttachmentStore files;

    @Inject
    Clock clock;

    @Inject
    org.lowshire.portal.audit.history.FieldHistory fieldHistory;

    private static final java.util.Set<String> HIDDEN = java.util.Set.of(
            "person",
            "uuid",
            "kind",
            "recordedBySubject",
            "recordedByUsername",
            "recordedByName",
            "recordedByAgency",
            "recordedAt");

    /** A person with every consent and its status history, after the VIEW event. */
    public PersonConsents forPerson(String personUuid) {
        Person p = person(personUuid, ConsentAction.RECORD);
        audit.record(AuditEntry.of(AuditAction.VIEW)
                .target("PERSON", p.getUuid(), null)
                .persons(List.of(p.getUuid()))
                .details(Map.of("part", "consents")));
        var facts = access.facts(p);
        var consents = visibleConsentsOf(p, facts);
        var changes = new HashMap<String, List<org.lowshire.portal.audit.history.FieldChange>>();
        var documents = new HashMap<String, List<Attachment>>();
        for (Consent c : consents) {
            documents.put(c.getUuid(), documents(c));
            Hibernate.initialize(c.getHistory());
            var all = fieldHistory.of(Consent.class, c.getId());
            Instant first = all.isEmpty() ? null : all.get(all.size() - 1).at();
            changes.put(
                    c.getUuid(),
                    all.stream()
                            .filter(f -> !f.at().equals(first) && !HIDDEN.contains(f.field()))
                            .toList());
        }
        var changeable = consents.stream()
                .filter(c -> PersonPolicy.mayConsent(user(), facts, ConsentAction.CHANGE, c.getRecordedByAgency()))
                .map(Consent::getUuid)
                .collect(java.util.stream.Collectors.toSet());
        return new PersonConsents(
                p,
                consents,
                today(),
                changes,
                documents,
                changeable,
                PersonPolicy.mayKnowAgency(user(), facts, p.getCreatedByAgency()));
    }

    public Consent record(String personUuid, ConsentDetails details) {
        Person p = person(personUuid, ConsentAction.RECORD);
        var c = Consent.record(p, details, user(), today(), clock.instant());
        em.persist(c);
        audit.record(entry(AuditAction.CONSENT_RECORDED, c).details(summary(c)));
        return c;
    }

    public Consent revise(String consentUuid, long version, ConsentDetails details) {
        Consent c = consent(consentUuid, version, ConsentAction.CHANGE);
        var before = c.getStatus();
        c.revise(details, user(), today(), clock.instant());
        var d = summary(c);
        d.put("from", before.name());
        audit.record(entry(before == c.getStatus() ? AuditAction.CONSENT_CORRECTED : AuditAction.CONSENT_RECORDED, c)
                .details(d));
        return c;
    }

    public Consent withdraw(String consentUuid, long version, LocalDate on, String note) {
        Consent c = consent(consentUuid, version, ConsentAction.CHANGE);
        c.withdraw(on, note, user(), today(), clock.instant());
        em.flush();
        audit.record(entry(AuditAction.CONSENT_WITHDRAWN, c).details(summary(c)));
        withdrawn.fire(
                new ConsentWithdrawn(c.getId(), c.getUuid(), c.getPerson().getId(), on));
        return c;
    }

    /**
     * Each person's consent position for a disclosure, from the consents the deciding user may see (their own
     * agency's, and those of agencies they share a sent request about the person with). No event: the disclosure
     * that asks records one.
     */
    public Map<Person, ConsentCoverage> coverage(List<Person> people, Disclosure d) {
        var out = new java.util.LinkedHashMap<Person, ConsentCoverage>();
        for (Person p : people) {
            out.put(p, ConsentCoverage.of(visibleConsentsOf(p, access.facts(p)), d));
        }
        return out;
    }

    /** The consent for its receipt; the caller records the EXPORT. */
    public Consent forReceipt(String consentUuid) {
        Consent c = consent(consentUuid, null, ConsentAction.VIEW);
        Hibernate.initialize(c.getPerson());
        Hibernate.initialize(c.getHistory());
        audit.record(entry(AuditAction.EXPORT, c).details(Map.of("format", "pdf", "kind", "consent-receipt")));
        return c;
    }

    public long maxDocumentBytes() {
        return files.maxBytes();
    }

    /** Adds the signed consent document (a scan or an e-signed file), checked by content like any attachment. */
    public Attachment addDocument(String consentUuid, String fileName, byte[] content) {
        Consent c = consent(consentUuid, null, ConsentAction.CHANGE);
        var doc = files.store(AttachmentStore.Owner.consent(c.getId()), fileName, content, user(), clock.instant());
        audit.record(entry(AuditAction.UPDATE, c)
                .details(Map.of("document", doc.getUuid(), "type", doc.getContentType(), "bytes", content.length)));
        return doc;
    }

    private List<Attachment> documents(Consent c) {
        return files.of(AttachmentStore.Owner.consent(c.getId()));
    }

    /** A signed document's content, after the DOWNLOAD event. */
    public AttachmentStore.Download document(String consentUuid, String documentUuid) {
        Consent c = consent(consentUuid, null, ConsentAction.VIEW);
        var doc = files.find(AttachmentStore.Owner.consent(c.getId()), documentUuid)
                .orElseThrow(RecordNotFound::new);
        audit.record(entry(AuditAction.DOWNLOAD, c).details(Map.of("document", doc.getUuid())));
        return files.read(doc);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** The person's consents the signed-in user may see, as the policy decides. */
    private List<Consent> visibleConsentsOf(Person p, PersonFacts facts) {
        return consentsOf(p).stream()
                .filter(c -> PersonPolicy.maySeeConsent(user(), facts, c.getRecordedByAgency()))
                .toList();
    }

    private List<Consent> consentsOf(Person p) {
        return em.createQuery(
                        "select c from Consent c where c.person = :p order by c.recordedAt desc, c.id desc",
                        Consent.class)
                .setParameter("p", p)
                .getResultList();
    }

    /** The person, when the user may see them and act on their consents ({@code RECORD}: the person page's needs). */
    private Person person(String uuid, ConsentAction action) {
        Person p = em.createQuery("select p from Person p where p.uuid = :u", Person.class)
                .setParameter("u", uuid == null ? "" : uuid)
                .getResultStream()
                .findFirst()
                .orElseThrow(RecordNotFound::new);
        if (!PersonPolicy.mayConsent(user(), access.facts(p), action, null)) {
            throw denials.denied("PERSON", p.getUuid(), null, List.of(p.getUuid()));
        }
        return p;
    }

    private Consent consent(String uuid, Long version, ConsentAction action) {
        Consent c = em.createQuery("select c from Consent c where c.uuid = :u", Consent.class)
                .setParameter("u", uuid == null ? "" : uuid)
                .setLockMode(version == null ? LockModeType.NONE : LockModeType.OPTIMISTIC_FORCE_INCREMENT)
                .getResultStream()
                .findFirst()
                .orElseThrow(RecordNotFound::new);
        if (!PersonPolicy.mayConsent(user(), access.facts(c.getPerson()), action, c.getRecordedByAgency())) {
            throw denials.denied(TYPE, c.getUuid(), null, List.of(c.getPerson().getUuid()));
        }
        Hibernate.initialize(c.getHistory());
        if (version != null && version != c.getVersion()) {
            throw new InvalidInput(Map.of("version", "consent.error.changedMeanwhile"));
        }
        return c;
    }

    private UserIdentity user() {
        return currentUser.require();
    }

    private static AuditEntry entry(AuditAction action, Consent c) {
        return AuditEntry.of(action)
                .target(TYPE, c.getUuid(), null)
                .persons(List.of(c.getPerson().getUuid()));
    }

    private static Map<String, Object> summary(Consent c) {
        var d = new HashMap<String, Object>();
        d.put("kind", c.getKind().name());
        d.put("status", c.getStatus().name());
        if (c.getGivenBy() != null) {
            d.put("givenBy", c.getGivenBy().name());
        }
        return d;
    }
}
