package org.lowshire.portal.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.lowshire.portal.audit.chain.StoredEvent;

/** Reads audit events exactly as stored, for the chainer and the verifier (one column list, one mapping). */
final class AuditEventRows {

    /** The event's columns, from alias {@code e}; time as epoch microseconds, details as jsonb text. */
    static final String COLUMNS = """
            e.id, (extract(epoch from e.occurred_at) * 1000000)::bigint as occurred_micros, e.actor_subject,
            e.actor_username, e.actor_agency, e.actor_roles, e.session_ref, e.client_address, e.action, e.outcome,
            e.target_type, e.target_id, e.target_ref, e.person_ids, e.purpose, e.recipient_agency, e.correlation_id,
            e.details::text as details_text""";

    private AuditEventRows() {}

    /** The event in the current row, or null when the (left-joined) event is missing. */
    static StoredEvent read(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        if (rs.wasNull()) {
            return null;
        }
        return new StoredEvent(
                id,
                rs.getLong("occurred_micros"),
                rs.getString("actor_subject"),
                rs.getString("actor_username"),
                rs.getString("actor_agency"),
                rs.getString("actor_roles"),
                rs.getString("session_ref"),
                rs.getString("client_address"),
                rs.getString("action"),
                rs.getString("outcome"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                rs.getString("target_ref"),
                persons(rs.getArray("person_ids")),
                rs.getString("purpose"),
                rs.getString("recipient_agency"),
                rs.getString("correlation_id"),
                rs.getString("details_text"));
    }

    private static List<String> persons(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
