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
 * People records: the duplicate check before a new one is made, creation, and lookup by uuid for the request
 * services (which decide who may see whom). Each search and creation is audited; searches record counts, never the
 * names searched for.
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

    /** Records that are probably this person: the same NHS number, or the same name and date of birth. */
    public List<Person> possibleDuplicates(PersonDetails d) {
        var found = new java.util.LinkedHashSet<Person>();
        if (d.nhsNumber() != null) {
            found.addAll(em.createQuery("select p from Person p where p.nhsNumber = :nhs order by p.createdAt",
                    Person.class).setParameter("nhs", d.nhsNumber()).setMaxResults(5).getResultList());
        }
        if (d.dateOfBirth() != null && d.familyName() != null && d.givenName() != null) {
            found.addAll(em.createQuery("""
                    select p from Person p where p.dateOfBirth = :dob and lower(p.familyName) = lower(:family)
                    and lower(p.givenName) = lower(:given) order by p.createdAt""", Person.class)
                    .setParameter("dob", d.dateOfBirth()).setParameter("family", d.familyName())
                    .setParameter("given", d.givenName()).setMaxResults(5).getResultList());
        }
        audit.record(AuditEntry.of(AuditAction.SEARCH).target(TYPE, null, null)
                .persons(found.stream().map(Person::getUuid).toList())
                .details(Map.of("kind", "duplicate-check", "matches", found.size())));
        return List.copyOf(found);
    }

    public Person create(PersonDetails details, LocalDate today) {
        details.check(today);
        var person = Person.record(details, currentUser.require().agencyCode(), clock.instant());
        em.persist(person);
        audit.record(AuditEntry.of(AuditAction.CREATE).target(TYPE, person.getUuid(), null)
                .persons(List.of(person.getUuid())));
        return person;
    }

    public Person existing(String uuid) {
        return em.createQuery("select p from Person p where p.uuid = :u", Person.class).setParameter("u", uuid)
                .getResultStream().findFirst()
                .orElseThrow(() -> new org.lowshire.portal.shared.InvalidInput(Map.of("person",
                        "person.error.unknown")));
    }
}
