package org.lowshire.portal.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Read access to the partnership's agencies. */
@Named("agencies")
@ApplicationScoped
public class AgencyDirectory {

    @PersistenceContext
    EntityManager em;

    public List<Agency> all() {
        return em.createQuery("select a from Agency a order by a.name", Agency.class)
                .getResultList();
    }

    public Optional<Agency> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from Agency a where a.code = :code", Agency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The agency's name for display, or the code itself when the token carries a code we do not know. */
    public String nameOf(String code) {
        return byCode(code).map(Agency::getName).orElse(code);
    }
}
