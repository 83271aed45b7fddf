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
import org.lowshire.portal.shared.TextLimits;

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
                .setParameter(2, fit(actor.subject(), 64))
                .setParameter(3, fit(actor.username(), 100))
                .setParameter(4, fit(actor.agency(), 16))
                .setParameter(5, fit(actor.roles(), 400))
                .setParameter(6, fit(actor.sessionRef(), 64))
                .setParameter(7, fit(actor.clientAddress(), 64))
                .setParameter(8, entry.action().name())
                .setParameter(9, entry.outcome().name())
                .setParameter(10, fit(entry.targetType(), 32))
                .setParameter(11, fit(entry.targetId(), 64))
                .setParameter(12, fit(entry.targetRef(), 64))
                .setParameter(13, arrayLiteral(entry))
                .setParameter(14, fit(entry.purpose(), 1000))
                .setParameter(15, fit(entry.recipientAgency(), 16))
                .setParameter(16, fit(actor.correlationId(), 64))
                .setParameter(17, entry.details().isEmpty() ? null : JSON.toJson(entry.details()))
                .executeUpdate();
    }

    /** Values from outside (a name typed on Keycloak's sign-in page, a refused URL's id) may be of any length. */
    private static String fit(String value, int max) {
        return TextLimits.clip(value, max);
    }

    /** PostgreSQL array text form; ids are opaque tokens, quoted so no character can escape the element. */
    static String arrayLiteral(AuditEntry entry) {
        var out = new StringBuilder("{");
        for (String id : entry.personIds()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"')
                    .append(fit(id, 64).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append('}').toString();
    }
}
