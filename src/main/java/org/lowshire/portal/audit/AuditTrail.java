package org.lowshire.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one audited choke point. Every feature records what it does here:
 * <ul>
 * <li>{@link #record} joins the caller's transaction (it must have one), so a change is never committed without its
 * event and an event never survives a change that rolled back. Reads of case records are recorded before the data
 * is returned: if the event cannot be written, the read fails (no audit, no data).</li>
 * <li>{@link #recordSeparately} writes in a transaction of its own, for refused and failed attempts whose own
 * transaction is about to roll back.</li>
 * </ul>
 * Events are plain inserts with no lock; {@link AuditChainer} links them into the hash chain once committed.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    ActorResolver actors;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEntry entry) {
        insert(actors.current(), entry);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSeparately(AuditEntry entry) {
        insert(actors.current(), entry);
    }

    /** For events whose actor is not the current user (imported sign-ins, the portal's own jobs). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(Actor actor, Instant when, AuditEntry entry) {
        insert(actor, when, entry);
    }

    private void insert(Actor actor, AuditEntry entry) {
        insert(actor, clock.instant(), entry);
    }

    private void insert(Actor actor, Instant when, AuditEntry entry) {
        em.createNativeQuery("""
                insert into portal.audit_event (occurred_at, actor_subject, actor_username, actor_agency, actor_roles,
                    session_ref, client_address, action, outcome, target_type, target_id, target_ref, person_ids,
                    purpose, recipient_agency, correlation_id, details)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
                    cast(?13 as varchar(64)[]), ?14, ?15, ?16, cast(?17 as jsonb))""")
                .setParameter(1, OffsetDateTime.ofInstant(when.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .setParameter(2, actor.subject())
                .setParameter(3, actor.username())
                .setParameter(4, actor.agency())
                .setParameter(5, actor.roles())
                .setParameter(6, actor.sessionRef())
                .setParameter(7, actor.clientAddress())
                .setParameter(8, entry.action().name())
                .setParameter(9, entry.outcome().name())
                .setParameter(10, entry.targetType())
                .setParameter(11, entry.targetId())
                .setParameter(12, entry.targetRef())
                .setParameter(13, arrayLiteral(entry))
                .setParameter(14, entry.purpose())
                .setParameter(15, entry.recipientAgency())
                .setParameter(16, actor.correlationId())
                .setParameter(17, entry.details().isEmpty() ? null : JSON.toJson(entry.details()))
                .executeUpdate();
    }

    /** PostgreSQL array text form; ids are opaque tokens, quoted so no character can escape the element. */
    static String arrayLiteral(AuditEntry entry) {
        var out = new StringBuilder("{");
        for (String id : entry.personIds()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"')
                    .append(id.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append('}').toString();
    }
}
