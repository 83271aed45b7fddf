package org.lowshire.portal.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.lowshire.portal.security.UserIdentity;

/** The cache of people who have signed in. */
@ApplicationScoped
public class UserDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Records a sign-in: creates the person's entry on first sight, refreshes it afterwards. */
    @Transactional
    public void recordSignIn(UserIdentity identity) {
        var now = clock.instant();
        em.createQuery("select u from AppUser u where u.subject = :s", AppUser.class)
                .setParameter("s", identity.subject())
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(u -> u.seenAgain(identity, now), () -> em.persist(AppUser.firstSeen(identity, now)));
    }

    public List<AppUser> recentlySeen(int max) {
        return em.createQuery("select u from AppUser u order by u.lastSeen desc", AppUser.class)
                .setMaxResults(max)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    }

    public long countInAgency(String agencyCode) {
        return em.createQuery("select count(u) from AppUser u where u.agencyCode = :a", Long.class)
                .setParameter("a", agencyCode)
                .getSingleResult();
    }
}
