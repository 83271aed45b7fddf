package org.lowshire.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the audit trail for information governance: filtered, newest first, a page at a time. Counting stops at
 * {@value #COUNT_CAP} so a broad question stays fast on millions of events. Searching is itself audited by the
 * page that asks ({@link #recordSearch}).
 */
@ApplicationScoped
public class AuditSearch {

    public static final int COUNT_CAP = 10_000;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Records that the current user searched the trail (or opened a report), before any result is shown. */
    @Transactional
    public void recordSearch(AuditQuery query, String report) {
        var details = new java.util.LinkedHashMap<>(query.asDetails());
        details.put("report", report);
        audit.record(AuditEntry.of(AuditAction.SEARCH)
                .target("AUDIT_TRAIL", null, null)
                .persons(query.persons())
                .details(details));
    }

    /** Records an export of a result (CSV or PDF) and how many events it carried. */
    @Transactional
    public void recordExport(AuditQuery query, String format, long rows) {
        var details = new java.util.LinkedHashMap<>(query.asDetails());
        details.put("format", format);
        details.put("rows", rows);
        audit.record(AuditEntry.of(AuditAction.EXPORT)
                .target("AUDIT_TRAIL", null, null)
                .persons(query.persons())
                .details(details));
    }

    /** How many events match, up to {@value #COUNT_CAP} + 1 ("more than" beyond it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int count(AuditQuery query) {
        var where = where(query);
        Query q = em.createNativeQuery(
                "select count(*) from (select 1" + where.from + where.sql + " limit " + (COUNT_CAP + 1) + ") x");
        where.bind(q);
        return ((Number) q.getSingleResult()).intValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRow> page(AuditQuery query, int first, int size) {
        var where = where(query);
        Query q = em.createNativeQuery("select e.id, e.occurred_at, e.actor_username, e.actor_agency, e.actor_roles,"
                + " e.action, e.outcome, e.target_type, e.target_id, e.target_ref, array_to_string(e.person_ids, ','),"
                + " e.purpose, e.recipient_agency, e.client_address, e.correlation_id, e.details::text"
                + where.from + where.sql + " order by e.occurred_at desc, e.id desc"
                + " offset " + Math.max(0, first) + " limit " + Math.min(Math.max(1, size), AuditQuery.EXPORT_LIMIT));
        where.bind(q);
        List<AuditRow> rows = new ArrayList<>();
        for (Object r : q.getResultList()) {
            Object[] c = (Object[]) r;
            String persons = (String) c[10];
            rows.add(new AuditRow(
                    ((Number) c[0]).longValue(),
                    instant(c[1]),
                    (String) c[2],
                    (String) c[3],
                    (String) c[4],
                    (String) c[5],
                    (String) c[6],
                    (String) c[7],
                    (String) c[8],
                    (String) c[9],
                    persons == null || persons.isEmpty() ? List.of() : Arrays.asList(persons.split(",")),
                    (String) c[11],
                    (String) c[12],
                    (String) c[13],
                    (String) c[14],
                    (String) c[15]));
        }
        return rows;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private record Where(String from, String sql, List<Object> params) {
        void bind(Query q) {
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
        }
    }

    private static Where where(AuditQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        add(clauses, params, "e.actor_username = ?", query.getUsername());
        add(clauses, params, "e.actor_agency = ?", query.getAgency());
        String from = " from portal.audit_event e";
        if (present(query.getPersonId())) {
            // A person's events are few (hundreds), so they are always found through the GIN index first. Without
            // the fence, once the statement is prepared PostgreSQL's generic plan guesses 0.5 % of the trail match,
            // walks the time index newest first filtering on the array, and reads the whole trail (2 s at 10 M).
            params.add(query.getPersonId().strip());
            from = " from (select * from portal.audit_event e where e.person_ids @> array[cast(?" + params.size()
                    + " as varchar(64))] offset 0) e";
        }
        add(clauses, params, "e.target_type = ?", query.getTargetType());
        if (present(query.getRecord())) {
            clauses.add("(e.target_id = ?" + (params.size() + 1) + " or e.target_ref = ?" + (params.size() + 1) + ")");
            params.add(query.getRecord().strip());
        }
        if (query.getAction() != null) {
            add(clauses, params, "e.action = ?", query.getAction().name());
        }
        if (query.getOutcome() != null) {
            add(clauses, params, "e.outcome = ?", query.getOutcome().name());
        }
        if (query.getFrom() != null) {
            clauses.add("e.occurred_at >= ?" + (params.size() + 1));
            params.add(query.getFrom().atStartOfDay(UK).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (query.getTo() != null) {
            clauses.add("e.occurred_at < ?" + (params.size() + 1));
            params.add(query.getTo()
                    .plusDays(1)
                    .atStartOfDay(UK)
                    .toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
        }
        return new Where(from, clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    private static void add(List<String> clauses, List<Object> params, String clause, String value) {
        if (present(value)) {
            params.add(value.strip());
            clauses.add(clause.replace("?", "?" + params.size()));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
