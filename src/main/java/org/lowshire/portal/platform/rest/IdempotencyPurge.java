package org.lowshire.portal.platform.rest;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Expired idempotency keys go once an hour, so kept answers (which may name a child) do not outlive their day. */
@Singleton
public class IdempotencyPurge {

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void purge() {
        em.createNativeQuery("delete from portal.idempotency_key where expires_at < now()")
                .executeUpdate();
    }
}
