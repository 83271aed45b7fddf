package org.lowshire.portal.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lowshire.portal.access.RequestPolicy;
import org.lowshire.portal.security.UserIdentity;

/**
 * The lists: requests a practitioner raised, and the queue of parts sent to an agency. One row per agency part, so
 * an agency's queue only ever holds its own parts. Paged and sorted in the database.
 */
@ApplicationScoped
public class RequestInbox {

    public enum Sort {
        DUE,
        UPDATED,
        REFERENCE
    }

    private static final Set<Status> WAITING =
            Set.of(Status.SUBMITTED, Status.ACKNOWLEDGED, Status.CLARIFICATION_REQUESTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Parts of requests the user raised (drafts have one row per request until recipients are chosen). */
    public List<InboxRow> mine(UserIdentity user, InboxFilter f, int first, int max, Sort sort) {
        var q = em.createQuery(
                "select new org.lowshire.portal.request.InboxRow(r.uuid, r.reference,"
                        + " r.requesterAgency, a.agencyCode, r.concern.concernType, r.concern.urgency,"
                        + " case when r.status = org.lowshire.portal.request.Status.SUBMITTED then a.status else r.status end, a.dueAt,"
                        + " a.escalatedAt is not null, r.updatedAt) from InformationRequest r left join r.asks a"
                        + " where r.requesterSubject = :who and r.requesterAgency = :mine" + conditions(f)
                        + order(sort),
                InboxRow.class);
        return bind(q, f)
                .setParameter("who", user.subject())
                .setParameter("mine", String.valueOf(user.agencyCode()))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countMine(UserIdentity user, InboxFilter f) {
        var q = em.createQuery(
                "select count(r) from InformationRequest r left join r.asks a"
                        + " where r.requesterSubject = :who and r.requesterAgency = :mine" + conditions(f),
                Long.class);
        return bind(q, f)
                .setParameter("who", user.subject())
                .setParameter("mine", String.valueOf(user.agencyCode()))
                .getSingleResult();
    }

    /** The agency's incoming queue: parts of requests that were sent to it (never drafts, withdrawn or not). */
    public List<InboxRow> incoming(String agency, InboxFilter f, int first, int max, Sort sort) {
        var q = em.createQuery(
                "select new org.lowshire.portal.request.InboxRow(r.uuid, r.reference,"
                        + " r.requesterAgency, a.agencyCode, r.concern.concernType, r.concern.urgency, a.status, a.dueAt,"
                        + " a.escalatedAt is not null, r.updatedAt) from Ask a join a.request r"
                        + " where a.agencyCode = :agency and " + RequestPolicy.SENT_JPQL + conditions(f) + order(sort),
                InboxRow.class);
        return bind(q, f)
                .setParameter("agency", agency)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countIncoming(String agency, InboxFilter f) {
        var q = em.createQuery(
                "select count(a) from Ask a join a.request r" + " where a.agencyCode = :agency and "
                        + RequestPolicy.SENT_JPQL + conditions(f),
                Long.class);
        return bind(q, f).setParameter("agency", agency).getSingleResult();
    }

    /** Counts for the banner above an inbox: overdue and due within a day, still waiting on the agency. */
    public Map<String, Long> dueCounts(String agency) {
        Instant now = clock.instant();
        long overdue = em.createQuery(
                        "select count(a) from Ask a where a.agencyCode = :agency"
                                + " and a.status in :waiting and a.dueAt < :now",
                        Long.class)
                .setParameter("agency", agency)
                .setParameter("waiting", WAITING)
                .setParameter("now", now)
                .getSingleResult();
        long soon = em.createQuery(
                        "select count(a) from Ask a where a.agencyCode = :agency"
                                + " and a.status in :waiting and a.dueAt >= :now and a.dueAt < :soon",
                        Long.class)
                .setParameter("agency", agency)
                .setParameter("waiting", WAITING)
                .setParameter("now", now)
                .setParameter("soon", now.plusSeconds(86_400))
                .getSingleResult();
        return Map.of("overdue", overdue, "soon", soon);
    }

    private static String conditions(InboxFilter f) {
        var where = new StringBuilder();
        if (f.getStatus() != null) {
            where.append(" and (a.status = :status or (a.id is null and r.status = :status))");
        }
        if (f.getUrgency() != null) {
            where.append(" and r.concern.urgency = :urgency");
        }
        if (f.getConcernType() != null) {
            where.append(" and r.concern.concernType = :concern");
        }
        if (f.getDue() == InboxFilter.Due.OVERDUE) {
            where.append(" and a.status in :waiting and a.dueAt < :now");
        } else if (f.getDue() == InboxFilter.Due.DUE_SOON) {
            where.append(" and a.status in :waiting and a.dueAt >= :now and a.dueAt < :soon");
        } else if (f.getDue() == InboxFilter.Due.ESCALATED) {
            where.append(" and a.escalatedAt is not null and a.status in :waiting");
        }
        return where.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q, InboxFilter f) {
        if (f.getStatus() != null) {
            q.setParameter("status", f.getStatus());
        }
        if (f.getUrgency() != null) {
            q.setParameter("urgency", f.getUrgency());
        }
        if (f.getConcernType() != null) {
            q.setParameter("concern", f.getConcernType());
        }
        if (f.getDue() != null) {
            q.setParameter("waiting", WAITING);
            if (f.getDue() != InboxFilter.Due.ESCALATED) {
                Instant now = clock.instant();
                q.setParameter("now", now);
                if (f.getDue() == InboxFilter.Due.DUE_SOON) {
                    q.setParameter("soon", now.plusSeconds(86_400));
                }
            }
        }
        return q;
    }

    private static String order(Sort sort) {
        return switch (sort == null ? Sort.DUE : sort) {
            case DUE -> " order by a.dueAt asc nulls last, r.updatedAt desc";
            case UPDATED -> " order by r.updatedAt desc";
            case REFERENCE -> " order by r.reference desc";
        };
    }
}
