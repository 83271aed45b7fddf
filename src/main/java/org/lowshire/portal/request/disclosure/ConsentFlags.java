package org.lowshire.portal.request.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.access.PersonPolicy;
import org.lowshire.portal.access.RequestAction;
import org.lowshire.portal.access.RequestPolicy;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditEntry;
import org.lowshire.portal.audit.AuditTrail;
import org.lowshire.portal.consent.Consent;
import org.lowshire.portal.consent.ConsentWithdrawn;
import org.lowshire.portal.consent.PersonAccess;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestRecords;
import org.lowshire.portal.request.VisibleRequest;
import org.lowshire.portal.security.UserIdentity;

/**
 * Withdrawal of consent flags every open request about the person (with how many of its disclosures relied on the
 * consent), in the withdrawing transaction. The practitioners involved see the flag on the request and on their
 * home page until each of them acknowledges it.
 */
@ApplicationScoped
@Transactional
public class ConsentFlags {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    PersonAccess people;

    @Inject
    Clock clock;

    void onWithdrawn(@Observes ConsentWithdrawn e) {
        var consent = em.find(Consent.class, e.consentId());
        var person = em.find(Person.class, e.personId());
        var open = em.createQuery("""
                select distinct s.request from RequestSubject s where s.person = :p
                and s.request.status in (org.lowshire.portal.request.Status.DRAFT,
                    org.lowshire.portal.request.Status.SUBMITTED)""", InformationRequest.class)
                .setParameter("p", person)
                .getResultList();
        for (InformationRequest r : open) {
            if (!PersonPolicy.consentConcerns(r.facts(), consent.getRecordedByAgency())) {
                continue;
            }
            long relied = em.createQuery("""
                    select count(d) from DisclosureConsent d where d.consent = :c and d.response.ask.request = :r""", Long.class)
                    .setParameter("c", consent)
                    .setParameter("r", r)
                    .getSingleResult();
            em.persist(new ConsentFlag(r, consent, person, (int) relied, clock.instant()));
        }
    }

    /**
     * The flags on a request the caller has already loaded (and recorded the VIEW of) that this viewer may see: those
     * about a consent of an agency they may know of (PersonPolicy), so an agency asked never learns from a flag
     * that another agency asked had a consent.
     */
    public List<ConsentFlag> on(VisibleRequest v) {
        var user = records.user();
        return em
                .createQuery(
                        "select f from ConsentFlag f join fetch f.person join fetch f.consent"
                                + " where f.request = :r order by f.raisedAt desc",
                        ConsentFlag.class)
                .setParameter("r", v.getRequest())
                .getResultList()
                .stream()
                .filter(f -> seen(user, f))
                .toList();
    }

    /** How many of the disclosures this viewer may see (in the parts they see) relied on the flag's consent. */
    public Map<Long, Long> reliedOn(List<ConsentFlag> flags, VisibleRequest v) {
        var agencies =
                v.getParts().stream().map(VisibleRequest.Part::getAgencyCode).toList();
        var out = new java.util.HashMap<Long, Long>();
        for (ConsentFlag f : flags) {
            out.put(
                    f.getId(),
                    agencies.isEmpty()
                            ? 0L
                            : em.createQuery("""
                    select count(d) from DisclosureConsent d where d.consent = :c and d.response.ask.request = :r
                    and d.response.ask.agencyCode in :agencies""", Long.class)
                                    .setParameter("c", f.getConsent())
                                    .setParameter("r", v.getRequest())
                                    .setParameter("agencies", agencies)
                                    .getSingleResult());
        }
        return out;
    }

    private boolean seen(UserIdentity user, ConsentFlag f) {
        return PersonPolicy.maySeeConsent(
                user, people.facts(f.getPerson()), f.getConsent().getRecordedByAgency());
    }

    /**
     * Flags not yet acknowledged on the requests the user may see, about consents they may know of (the policy
     * decides; the query only narrows to the user's own drafts and the sent requests of their agency). The notices name the person, so showing any is a SEARCH event naming them and the requests.
     */
    public List<ConsentFlag> unacknowledged(UserIdentity u) {
        if (!u.worksInCaseAgency()) {
            return List.of();
        }
        var flags = em
                .createQuery("""
                select f from ConsentFlag f join fetch f.request r join fetch f.person
                where not exists (select 1 from ConsentFlagAck a where a.flagId = f.id and a.subject = :me)
                and ((r.requesterAgency = :agency and (r.requesterSubject = :me or r.submittedAt is not null))
                     or (r.submittedAt is not null and exists (select 1 from Ask k where k.request = r
                         and k.agencyCode = :agency)))
                order by f.raisedAt desc""", ConsentFlag.class)
                .setParameter("me", u.subject())
                .setParameter("agency", u.agencyCode())
                .setMaxResults(200)
                .getResultList()
                .stream()
                .filter(f ->
                        RequestPolicy.may(u, RequestAction.VIEW, f.getRequest().facts()) && seen(u, f))
                .limit(50)
                .toList();
        if (!flags.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.SEARCH)
                    .target("CONSENT_FLAG", null, null)
                    .persons(flags.stream()
                            .map(f -> f.getPerson().getUuid())
                            .distinct()
                            .toList())
                    .details(Map.of(
                            "kind",
                            "consent-notices",
                            "count",
                            flags.size(),
                            "requests",
                            flags.stream()
                                    .map(f -> f.getRequest().getReference())
                                    .distinct()
                                    .toList())));
        }
        return flags;
    }

    public boolean acknowledgedBy(ConsentFlag f, UserIdentity u) {
        return em.find(ConsentFlagAck.class, new ConsentFlagAck.Key(f.getId(), u.subject())) != null;
    }

    /** The signed-in user has read the flag; recorded against the request. */
    public void acknowledge(String requestUuid, long flagId) {
        InformationRequest r = records.load(requestUuid, RequestAction.VIEW, false);
        ConsentFlag f = em.find(ConsentFlag.class, flagId);
        if (f == null || !f.getRequest().getId().equals(r.getId())) {
            throw new org.lowshire.portal.shared.RecordNotFound();
        }
        var me = records.user();
        if (!acknowledgedBy(f, me)) {
            em.persist(new ConsentFlagAck(f.getId(), me.subject(), clock.instant()));
            records.record(AuditAction.STATE_CHANGE, r, Map.of("consentFlag", f.getId(), "to", "ACKNOWLEDGED"));
        }
    }
}
