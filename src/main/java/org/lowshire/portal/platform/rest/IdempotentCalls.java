package org.lowshire.portal.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import org.lowshire.portal.shared.BusinessException;

/**
 * The store behind {@link Idempotent}: table {@code idempotency_key}, one row per caller (token subject) and key.
 *
 * <p>The key's row is inserted in the same transaction as whatever the call creates, before it runs. A concurrent
 * duplicate's insert waits on the primary key until the first commits, then finds the row and replays its answer;
 * if the first rolled back (it was refused), the duplicate runs instead. So exactly one record is created, and only
 * a successful answer is ever kept: a refused call may be mended and retried with the same key (any exception, a
 * checked one too, rolls the key back with the rest).
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class IdempotentCalls {

    /** How long an answer is kept for a retry. */
    static final String KEPT_FOR = "24 hours";

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    /** The key was used before for another call (another path or body): nothing is done. */
    public static final class KeyReused extends BusinessException {
        private static final long serialVersionUID = 1L;

        KeyReused() {
            super("api.error.idempotencyKeyReused");
        }
    }

    public Object once(String subject, String key, String fingerprint, Callable<Object> call) throws Exception {
        em.createNativeQuery("delete from portal.idempotency_key where user_subject = ?1 and idem_key = ?2"
                        + " and expires_at < now()")
                .setParameter(1, subject)
                .setParameter(2, key)
                .executeUpdate();
        int inserted = em.createNativeQuery("insert into portal.idempotency_key"
                        + " (user_subject, idem_key, fingerprint, expires_at)"
                        + " values (?1, ?2, ?3, now() + interval '" + KEPT_FOR + "') on conflict do nothing")
                .setParameter(1, subject)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .executeUpdate();
        if (inserted == 0) {
            return replay(subject, key, fingerprint);
        }
        Object result = call.call();
        Response response =
                result instanceof Response r ? r : Response.ok(result).build();
        String body = response.hasEntity() ? JSONB.toJson(response.getEntity()) : null;
        URI location = response.getLocation();
        em.createNativeQuery("update portal.idempotency_key set status = ?3, location = ?4, body = ?5"
                        + " where user_subject = ?1 and idem_key = ?2")
                .setParameter(1, subject)
                .setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, location == null ? null : location.toString())
                .setParameter(5, body)
                .executeUpdate();
        return answer(response.getStatus(), location == null ? null : location.toString(), body, false);
    }

    private Response replay(String subject, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fingerprint, status, location, body"
                        + " from portal.idempotency_key where user_subject = ?1 and idem_key = ?2")
                .setParameter(1, subject)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty() || rows.get(0)[1] == null || !fingerprint.equals(rows.get(0)[0])) {
            throw new KeyReused();
        }
        Object[] row = rows.get(0);
        return answer(((Number) row[1]).intValue(), (String) row[2], (String) row[3], true);
    }

    private static Response answer(int status, String location, String body, boolean replayed) {
        var builder = Response.status(status);
        if (location != null) {
            builder.location(URI.create(location));
        }
        if (body != null) {
            builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (replayed) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }
}
