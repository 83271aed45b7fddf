package org.lowshire.portal.request.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.access.ReportPolicy;
import org.lowshire.portal.audit.AccessDenials;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditEntry;
import org.lowshire.portal.audit.AuditTrail;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.shared.InvalidInput;

/**
 * Reports for agency leads (their own agency) and IG officers (every agency), as {@code access.ReportPolicy}
 * scopes them: released disclosures by consent position and grounds, sharing without consent awaiting approval,
 * consents expiring in the next 30 days (named for the lead whose agency recorded them, never for IG). No case
 * content; each run is a SEARCH event naming the people listed.
 */
@ApplicationScoped
@Transactional
public class ConsentReports {

    public static final int MAX_DAYS = 3660;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AccessDenials denials;

    @Inject
    Clock clock;

    public record DisclosureCount(String agency, String position, String ground, long count) {}

    public record Awaiting(String reference, String requestUuid, String agency, String decidedBy, Instant decidedAt) {}

    public record Expiring(
            String consentUuid, String personUuid, String personName, String kind, LocalDate expiresOn, String agency) {
        Expiring withoutName() {
            return new Expiring(consentUuid, personUuid, null, kind, expiresOn, agency);
        }
    }

    public record Report(
            String agencyScope, List<DisclosureCount> disclosures, List<Awaiting> awaiting, List<Expiring> expiring) {}

    public Report run(UserIdentity user, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInput(Map.of("days", "reports.error.days"));
        }
        var allowed = ReportPolicy.consentReport(user)
                .orElseThrow(() -> denials.denied("CONSENT_REPORT", null, null, List.of()));
        String scope = allowed.all() ? "" : allowed.agency();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        var expiring = expiring(scope, today).stream()
                .map(e -> allowed.names() ? e : e.withoutName())
                .toList();
        audit.record(AuditEntry.of(AuditAction.SEARCH)
                .target("CONSENT_REPORT", null, null)
                .persons(expiring.stream().map(Expiring::personUuid).distinct().toList())
                .details(Map.of(
                        "kind",
                        "consent-report",
                        "days",
                        days,
                        "scope",
                        scope.isEmpty() ? "ALL" : scope,
                        "names",
                        allowed.names())));
        return new Report(
                scope, disclosures(scope, clock.instant().minus(days, ChronoUnit.DAYS)), awaiting(scope), expiring);
    }

    @SuppressWarnings("unchecked")
    private List<DisclosureCount> disclosures(String scope, Instant since) {
        List<Object[]> rows = em.createNativeQuery("""
                select a.agency_code, coalesce(r.consent_position, 'NOT_RECORDED'), coalesce(g.ground, ''),
                       count(distinct r.id)
                from portal.ask_response r join portal.request_ask a on a.id = r.ask_id
                left join lateral unnest(string_to_array(r.without_consent_grounds, ',')) g(ground) on true
                where r.state = 'RELEASED' and r.released_at >= ?1 and (?2 = '' or a.agency_code = ?2)
                group by 1, 2, 3 order by 1, 2, 3""")
                .setParameter(1, Timestamp.from(since))
                .setParameter(2, scope)
                .getResultList();
        return rows.stream()
                .map(r -> new DisclosureCount((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Awaiting> awaiting(String scope) {
        List<Object[]> rows = em.createNativeQuery("""
                select q.reference, q.uuid, a.agency_code, r.decided_by_name, r.decided_at
                from portal.ask_response r join portal.request_ask a on a.id = r.ask_id
                join portal.info_request q on q.id = a.request_id
                where r.state = 'AWAITING_APPROVAL' and r.consent_position = 'WITHOUT_CONSENT'
                and (?1 = '' or a.agency_code = ?1) order by r.decided_at limit 500""").setParameter(1, scope).getResultList();
        return rows.stream()
                .map(r -> new Awaiting((String) r[0], (String) r[1], (String) r[2], (String) r[3], instant(r[4])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Expiring> expiring(String scope, LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("""
                select c.uuid, p.uuid, concat_ws(' ', p.given_name, p.family_name), c.kind, c.expires_on,
                       c.recorded_by_agency
                from portal.consent c join portal.person p on p.id = c.person_id
                where c.status = 'GIVEN' and c.expires_on between ?1 and ?2
                and (?3 = '' or c.recorded_by_agency = ?3) order by c.expires_on limit 500""")
                .setParameter(1, Date.valueOf(today))
                .setParameter(2, Date.valueOf(today.plusDays(30)))
                .setParameter(3, scope)
                .getResultList();
        return rows.stream()
                .map(r -> new Expiring(
                        (String) r[0], (String) r[1], (String) r[2], (String) r[3], localDate(r[4]), (String) r[5]))
                .toList();
    }

    private static Instant instant(Object o) {
        return o instanceof Timestamp t
                ? t.toInstant()
                : o instanceof Instant i ? i : o instanceof java.time.OffsetDateTime odt ? odt.toInstant() : null;
    }

    private static LocalDate localDate(Object o) {
        return o instanceof Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : null;
    }
}
