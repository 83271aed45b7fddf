package org.lowshire.portal.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One audit event as an IG officer sees it: metadata only. */
public record AuditRow(
        long id,
        Instant occurredAt,
        String username,
        String agency,
        String roles,
        String action,
        String outcome,
        String targetType,
        String targetId,
        String targetRef,
        List<String> personIds,
        String purpose,
        String recipientAgency,
        String clientAddress,
        String correlationId,
        String details)
        implements Serializable {

    /** The record in one readable cell: its reference when it has one, otherwise type and id. */
    public String record() {
        if (targetRef != null) {
            return targetRef;
        }
        return targetType == null ? "" : targetType + (targetId == null ? "" : " " + targetId);
    }

    public String persons() {
        return String.join(", ", personIds);
    }
}
