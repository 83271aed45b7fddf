package org.lowshire.portal.audit.chain;

import java.util.List;

/**
 * An audit event exactly as the database holds it (time in epoch microseconds, details as PostgreSQL's jsonb text):
 * what is hashed is what is stored, so the chainer and the verifier always agree.
 */
public record StoredEvent(
        long id,
        long occurredAtMicros,
        String actorSubject,
        String actorUsername,
        String actorAgency,
        String actorRoles,
        String sessionRef,
        String clientAddress,
        String action,
        String outcome,
        String targetType,
        String targetId,
        String targetRef,
        List<String> personIds,
        String purpose,
        String recipientAgency,
        String correlationId,
        String details) {

    public StoredEvent {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
