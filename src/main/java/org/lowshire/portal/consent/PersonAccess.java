package org.lowshire.portal.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.lowshire.portal.access.PersonFacts;
import org.lowshire.portal.access.RequestFacts;
import org.lowshire.portal.person.Person;

/**
 * Reads the facts {@code access.PersonPolicy} decides on: every request about a person, with its requester, whether
 * it was sent and the agencies it asks. No rule here: the policy decides who sees the person and which consents.
 */
@ApplicationScoped
public class PersonAccess {

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public PersonFacts facts(Person person) {
        List<Object[]> rows =
                em.createNativeQuery("""
                select r.requester_subject, r.requester_agency, r.submitted_at is not null,
                       coalesce(string_agg(a.agency_code, ','), '')
                from portal.request_subject s join portal.info_request r on r.id = s.request_id
                left join portal.request_ask a on a.request_id = r.id
                where s.person_id = ?1 group by r.id""").setParameter(1, person.getId()).getResultList();
        return new PersonFacts(rows.stream()
                .map(row -> new RequestFacts(
                        (String) row[0],
                        (String) row[1],
                        (Boolean) row[2],
                        Set.copyOf(Arrays.stream(((String) row[3]).split(","))
                                .filter(s -> !s.isEmpty())
                                .toList())))
                .toList());
    }
}
