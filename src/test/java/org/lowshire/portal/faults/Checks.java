package org.lowshire.portal.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lowshire.portal.devstack.EmbeddedDatabase;
import org.lowshire.portal.devstack.TestStack;

/** What the portal's database holds after the faults, read as the schema owner with plain SQL. */
final class Checks {

    /** Each check's SQL counts rows that must not exist. */
    static final Map<String, String> ORPHANS = new LinkedHashMap<>();

    static {
        ORPHANS.put(
                "requests without their CREATE event",
                "select count(*) from portal.info_request r where not exists (select 1 from portal.audit_event e"
                        + " where e.action = 'CREATE' and e.target_type = 'REQUEST' and e.target_id = r.uuid"
                        + " and not coalesce(e.details, '{}'::jsonb) ? 'response')");
        ORPHANS.put(
                "request CREATE events without their request",
                "select count(*) from portal.audit_event e where e.action = 'CREATE' and e.target_type = 'REQUEST'"
                        + " and not coalesce(e.details, '{}'::jsonb) ? 'response'"
                        + " and not exists (select 1 from portal.info_request r where r.uuid = e.target_id)");
        ORPHANS.put(
                "sent requests without their submission event",
                "select count(*) from portal.info_request r where r.submitted_at is not null and not exists"
                        + " (select 1 from portal.audit_event e where e.action = 'STATE_CHANGE'"
                        + " and e.target_id = r.uuid)");
        ORPHANS.put(
                "responses without their CREATE event",
                "select count(*) from portal.ask_response x where not exists (select 1 from portal.audit_event e"
                        + " where e.action = 'CREATE' and e.details ->> 'response' = x.uuid)");
        ORPHANS.put(
                "response CREATE events without their response",
                "select count(*) from portal.audit_event e where e.action = 'CREATE' and e.details ? 'response'"
                        + " and not exists (select 1 from portal.ask_response x where x.uuid = e.details ->> 'response')");
    }

    private Checks() {}

    static Set<String> requestIds() {
        return ids("select uuid from portal.info_request");
    }

    static Set<String> sentRequestIds() {
        return ids("select uuid from portal.info_request where submitted_at is not null");
    }

    static Set<String> responseIds() {
        return ids("select uuid from portal.ask_response");
    }

    /**
     * Requests beyond the keys that created them (every request of the harness is created with a key): a retried
     * create that created again.
     */
    static long duplicateCreates() {
        return count("select count(*) from portal.info_request")
                - count("select count(*) from portal.idempotency_key where location like '%/api/requests/%'");
    }

    /** People linked beyond one per request (the load adds one child to each). */
    static long duplicateSubjects() {
        return count("select coalesce(sum(n - 1), 0) from (select request_id, count(*) n from portal.request_subject"
                + " group by request_id) per_request");
    }

    /** Responses beyond one per part. */
    static long duplicateResponses() {
        return count("select coalesce(sum(n - 1), 0) from (select ask_id, count(*) n from portal.ask_response"
                + " group by ask_id) per_part");
    }

    static Map<String, Long> orphans() {
        var found = new LinkedHashMap<String, Long>();
        ORPHANS.forEach((what, sql) -> found.put(what, count(sql)));
        return found;
    }

    static long count(String sql) {
        try (Connection c = connect();
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> ids(String sql) {
        try (Connection c = connect();
                var rs = c.createStatement().executeQuery(sql)) {
            Set<String> ids = new HashSet<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                TestStack.config().dbUrl(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD);
    }
}
