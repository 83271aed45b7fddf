package org.lowshire.portal.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.security.UserIdentity;

/**
 * Need-to-know for people: a practitioner or agency lead whose agency recorded the person, raised a request about
 * them, or was sent one (once submitted). Nobody else, whatever links they hold.
 */
@ApplicationScoped
public class PersonAccess {

    @PersistenceContext
    EntityManager em;

    public boolean canSee(UserIdentity user, Person person) {
        if (!user.worksInCaseAgency()) {
            return false;
        }
        if (user.agencyCode().equals(person.getCreatedByAgency())) {
            return true;
        }
        Number n = (Number) em.createNativeQuery("""
                select count(*) from portal.request_subject s join portal.info_request r on r.id = s.request_id
                where s.person_id = ?1 and (r.requester_agency = ?2 or (r.status <> 'DRAFT' and exists (
                    select 1 from portal.request_ask a where a.request_id = r.id and a.agency_code = ?2)))""")
                .setParameter(1, person.getId()).setParameter(2, user.agencyCode()).getSingleResult();
        return n.longValue() > 0;
    }
}
