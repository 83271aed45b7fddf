package org.lowshire.portal.request.disclosure;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.lowshire.portal.request.InformationRequest;

/** The people a list of requests is about, in one query, for the SEARCH event of a list that shows their records. */
final class ListedPeople {

    private ListedPeople() {}

    static List<String> of(EntityManager em, Collection<InformationRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct s.person.uuid from RequestSubject s where s.request in :rs"
                                + " order by s.person.uuid",
                        String.class)
                .setParameter("rs", requests)
                .getResultList();
    }
}
