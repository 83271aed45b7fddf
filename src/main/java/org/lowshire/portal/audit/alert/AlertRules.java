package org.lowshire.portal.audit.alert;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.lowshire.portal.shared.FailureLog;

/**
 * Raises unusual-access alerts from the audit trail every minute. Each rule looks at the last 26 hours in fixed
 * windows (so re-running it is harmless: one alert per rule, user and window, its count kept up to date while open).
 * A rule that needs case involvement ("opened by someone with no involvement") joins these when requests land.
 */
@Singleton
public class AlertRules {

    private static final Logger LOG = Logger.getLogger(AlertRules.class);
    private static final String UPSERT = "insert into portal.audit_alert (rule, actor_username, actor_agency,"
            + " window_start, window_end, event_count, raised_at) %s"
            + " on conflict (rule, actor_username, window_start) do update set event_count = excluded.event_count"
            + " where portal.audit_alert.status = 'OPEN'";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Inject
    AlertSettings settings;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        try {
            evaluate();
        } catch (RuntimeException e) {
            FailureLog.job(LOG, "the audit alert rules (they run again in a minute)", e);
        }
    }

    /** Runs every rule now; returns how many alerts were raised or updated. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int evaluate() {
        try (Connection c = dataSource.getConnection()) {
            return burst(c, AlertRule.BULK_VIEWS, READS, READ_WEIGHT, settings.bulkMinutes(), settings.bulkViews() + 1)
                    + burst(
                            c,
                            AlertRule.REPEATED_DENIALS,
                            "'ACCESS_DENIED'",
                            "1",
                            settings.denialMinutes(),
                            settings.denials())
                    + outOfHours(c);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL state " + e.getSQLState(), e);
        }
    }

    /** Every kind of read counts towards bulk access: records opened, files downloaded, exports and searches. */
    static final String READS = "'VIEW', 'DOWNLOAD', 'EXPORT', 'SEARCH'";

    /** A search counts once per person it returned (at least once): listing fifty children is fifty reads. */
    static final String READ_WEIGHT =
            "case when e.action = 'SEARCH' then greatest(cardinality(e.person_ids), 1)" + " else 1 end";

    /** At least {@code threshold} (weighted) events of the given actions by one user inside {@code minutes}. */
    private static int burst(Connection c, AlertRule rule, String actions, String weight, int minutes, int threshold)
            throws SQLException {
        String select = "select '" + rule.name() + "', e.actor_username, max(e.actor_agency), w.start,"
                + " w.start + make_interval(mins => ?), sum(" + weight + "), now()"
                + " from portal.audit_event e cross join lateral (select date_bin(make_interval(mins => ?),"
                + " e.occurred_at, timestamptz '2000-01-01 00:00:00+00') as start) w"
                + " where e.action in (" + actions + ") and e.occurred_at > now() - interval '26 hours'"
                + " and e.actor_username is not null group by e.actor_username, w.start"
                + " having sum(" + weight + ") >= ?";
        try (var s = c.prepareStatement(UPSERT.formatted(select))) {
            s.setInt(1, minutes);
            s.setInt(2, minutes);
            s.setInt(3, threshold);
            return s.executeUpdate();
        }
    }

    /** Case data opened, searched, exported or disclosed outside working hours (UK time) or at weekends. */
    private int outOfHours(Connection c) throws SQLException {
        String select = "select 'OUT_OF_HOURS', e.actor_username, max(e.actor_agency),"
                + " date_trunc('day', e.occurred_at at time zone 'Europe/London') at time zone 'Europe/London',"
                + " (date_trunc('day', e.occurred_at at time zone 'Europe/London') + interval '1 day')"
                + " at time zone 'Europe/London', count(*), now()"
                + " from portal.audit_event e where e.action in ('VIEW', 'SEARCH', 'EXPORT', 'DOWNLOAD', 'DISCLOSE')"
                + " and e.occurred_at > now() - interval '26 hours' and e.actor_username is not null"
                + " and (extract(isodow from e.occurred_at at time zone 'Europe/London') >= 6"
                + " or extract(hour from e.occurred_at at time zone 'Europe/London') < ?"
                + " or extract(hour from e.occurred_at at time zone 'Europe/London') >= ?)"
                + " group by e.actor_username, 4, 5";
        try (var s = c.prepareStatement(UPSERT.formatted(select))) {
            s.setInt(1, settings.workdayStart());
            s.setInt(2, settings.workdayEnd());
            return s.executeUpdate();
        }
    }
}
