package org.lowshire.portal.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a feature tells the audit trail: the action, its outcome and the record it touched, the people that record is
 * about, the purpose given, the recipient of a disclosure, and structured details. Never content: no allegation text,
 * no names in free text. The actor, time, session and client are added by {@link AuditTrail}.
 */
public record AuditEntry(
        AuditAction action,
        AuditOutcome outcome,
        String targetType,
        String targetId,
        String targetRef,
        List<String> personIds,
        String purpose,
        String recipientAgency,
        Map<String, Object> details) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditEntry of(AuditAction action) {
        return new AuditEntry(action, AuditOutcome.SUCCESS, null, null, null, List.of(), null, null, Map.of());
    }

    public AuditEntry outcome(AuditOutcome value) {
        return new AuditEntry(
                action, value, targetType, targetId, targetRef, personIds, purpose, recipientAgency, details);
    }

    /** The record: its type (e.g. REQUEST), its opaque id, and the reference people quote (e.g. ISR-2026-000123). */
    public AuditEntry target(String type, String id, String ref) {
        return new AuditEntry(action, outcome, type, id, ref, personIds, purpose, recipientAgency, details);
    }

    /** The opaque ids of the people the record is about, for "who has seen this person's data" reports. */
    public AuditEntry persons(List<String> ids) {
        return new AuditEntry(action, outcome, targetType, targetId, targetRef, ids, purpose, recipientAgency, details);
    }

    public AuditEntry purpose(String value) {
        return new AuditEntry(
                action, outcome, targetType, targetId, targetRef, personIds, value, recipientAgency, details);
    }

    public AuditEntry recipient(String agencyCode) {
        return new AuditEntry(
                action, outcome, targetType, targetId, targetRef, personIds, purpose, agencyCode, details);
    }

    public AuditEntry details(Map<String, Object> value) {
        return new AuditEntry(
                action, outcome, targetType, targetId, targetRef, personIds, purpose, recipientAgency, value);
    }
}
