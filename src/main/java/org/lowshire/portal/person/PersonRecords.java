package org.lowshire.portal.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditEntry;
import org.lowshire.portal.audit.AuditTrail;
import org.lowshire.portal.security.CurrentUser;

/**
 * People records: finding the existing record of a person the user holds identifiers for, and creation, for the
 * request services (the access policy decides who may see whom). Each search and creation is audited; searches
 * name what they found, never what was searched for.
 */
@ApplicationScoped
@Transactional
public class PersonRecords {

    public static final String TYPE = "PERSON";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    SearchLimiter limiter;

    /**
     * The existing record of the person the user holds identifiers for: the same NHS number and date of birth, or
     * the same full name, date of birth and postcode. Without such an identifier nothing is searched. The answer is
     * for the service to link, never to show: it reveals nothing of who else knows the child. Each search is a
     * SEARCH event naming what it found (so it counts towards bulk access) and is rate-limited per user.
     */
    public java.util.Optional<Person> match(PersonDetails d) {
        String postcode = d.postcode();
        if (!d.holdsIdentifier()) {
            throw new org.lowshire.portal.shared.InvalidInput(Map.of("nhsNumber", "person.error.identifierNeeded"));
        }
        limiter.count(currentUser.require().username());
        var found = new java.util.LinkedHashSet<Person>();
        if (d.nhsNumber() != null && d.dateOfBirth() != null) {
            found.addAll(em.createQuery("""
                    select p from Person p where p.nhsNumber = :nhs and p.dateOfBirth = :dob order by p.createdAt""", Person.class)
                    .setParameter("nhs", d.nhsNumber())
                    .setParameter("dob", d.dateOfBirth())
                    .setMaxResults(1)
                    .getResultList());
        }
        if (found.isEmpty() && postcode != null && d.givenName() != null && d.familyName() != null) {
            // the postcode must be the address's own postcode, not a run of characters somewhere in it
            em.createQuery("""
                    select p from Person p where p.dateOfBirth = :dob and lower(p.familyName) = lower(:family)
                    and lower(p.givenName) = lower(:given) and p.address is not null order by p.createdAt""", Person.class)
                    .setParameter("dob", d.dateOfBirth())
                    .setParameter("family", d.familyName())
                    .setParameter("given", d.givenName())
                    .setMaxResults(50)
                    .getResultStream()
                    .filter(p -> postcode.equals(Postcodes.in(p.getAddress())))
                    .findFirst()
                    .ifPresent(found::add);
        }
        audit.record(AuditEntry.of(AuditAction.SEARCH)
                .target(TYPE, null, null)
                .persons(found.stream().map(Person::getUuid).toList())
                .details(Map.of("kind", "person-match", "matched", !found.isEmpty())));
        return found.stream().findFirst();
    }

    public Person create(PersonDetails details, LocalDate today) {
        details.check(today);
        var person = Person.record(details, currentUser.require().agencyCode(), clock.instant());
        em.persist(person);
        audit.record(AuditEntry.of(AuditAction.CREATE)
                .target(TYPE, person.getUuid(), null)
                .persons(List.of(person.getUuid())));
        return person;
    }

    /** The existing record matching what the user typed, for linking; refused by field when there is none. */
    public Person existing(PersonDetails d) {
        return match(d).orElseThrow(
                        () -> new org.lowshire.portal.shared.InvalidInput(Map.of("person", "person.error.noMatch")));
    }
}
