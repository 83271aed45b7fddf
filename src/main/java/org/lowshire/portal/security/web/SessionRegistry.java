package org.lowshire.portal.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP sessions bound to each Keycloak session ({@code sid}), so a back-channel logout from Keycloak can end them.
 * One node only: the clustered deployment will replace this with a distributed map.
 */
@ApplicationScoped
public class SessionRegistry {

    private final Map<String, Set<HttpSession>> bySid = new ConcurrentHashMap<>();

    public void bind(String sid, HttpSession session) {
        bySid.computeIfAbsent(sid, k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void unbind(String sid, HttpSession session) {
        bySid.computeIfPresent(sid, (k, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** Invalidates every session bound to the Keycloak session; returns how many ended. */
    public int endAll(String sid) {
        Set<HttpSession> sessions = bySid.remove(sid);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // ended by the user or by timeout in the meantime
            }
        }
        return ended;
    }
}
