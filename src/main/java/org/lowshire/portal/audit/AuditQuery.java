package org.lowshire.portal.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An IG officer's question to the audit trail. Every criterion is optional; dates are whole days in UK time,
 * both ends included. {@link #problems()} lists what is wrong with it, by field.
 */
public class AuditQuery implements Serializable {

    private static final long serialVersionUID = 1L;
    /** An export may cover at most this many events; narrower criteria are asked for beyond it. */
    public static final int EXPORT_LIMIT = 10_000;

    private String username;
    private String agency;
    private String personId;
    private String targetType;
    private String record;
    private AuditAction action;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;

    /** Field name → message key, in the order the fields appear on the page. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (from != null && from.isAfter(today)) {
            problems.put("from", "audit.error.fromFuture");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.put("to", "audit.error.toBeforeFrom");
        }
        if (from != null && to != null && ChronoUnit.DAYS.between(from, to) > 3660) {
            problems.put("to", "audit.error.rangeTooLong");
        }
        return problems;
    }

    /** The criteria that were given, for the SEARCH event's details (ids and codes only, never free text). */
    public Map<String, Object> asDetails() {
        Map<String, Object> d = new LinkedHashMap<>();
        put(d, "username", username);
        put(d, "agency", agency);
        put(d, "personId", personId);
        put(d, "targetType", targetType);
        put(d, "record", record);
        put(d, "action", action == null ? null : action.name());
        put(d, "outcome", outcome == null ? null : outcome.name());
        put(d, "from", from == null ? null : from.toString());
        put(d, "to", to == null ? null : to.toString());
        return d;
    }

    /** The person ids this query is about, so a search for a person shows in that person's own report. */
    public List<String> persons() {
        List<String> ids = new ArrayList<>();
        if (personId != null && !personId.isBlank()) {
            ids.add(personId.strip());
        }
        return ids;
    }

    private static void put(Map<String, Object> d, String key, String value) {
        if (value != null && !value.isBlank()) {
            d.put(key, value.strip());
        }
    }

    public static AuditQuery forPerson(String personId) {
        var q = new AuditQuery();
        q.personId = personId;
        return q;
    }

    public static AuditQuery forUser(String username) {
        var q = new AuditQuery();
        q.username = username;
        return q;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
