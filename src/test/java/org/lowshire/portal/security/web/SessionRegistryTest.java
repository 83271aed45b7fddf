package org.lowshire.portal.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {

    /** A stand-in session that counts invalidations; a second invalidation throws, as a real one does. */
    private static HttpSession session(AtomicInteger invalidations) {
        return (HttpSession) Proxy.newProxyInstance(
                getClass0(), new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "invalidate" -> {
                        if (invalidations.getAndIncrement() > 0) {
                            throw new IllegalStateException("already invalidated");
                        }
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private static ClassLoader getClass0() {
        return SessionRegistryTest.class.getClassLoader();
    }

    @Test
    void endingAKeycloakSessionInvalidatesEveryPortalSessionBoundToIt() {
        var registry = new SessionRegistry();
        var a = new AtomicInteger();
        var b = new AtomicInteger();
        var other = new AtomicInteger();
        registry.bind("sid-1", session(a));
        registry.bind("sid-1", session(b));
        registry.bind("sid-2", session(other));

        assertEquals(2, registry.endAll("sid-1"));
        assertEquals(1, a.get());
        assertEquals(1, b.get());
        assertEquals(0, other.get(), "another user's session is untouched");
        assertEquals(0, registry.endAll("sid-1"), "nothing left to end");
    }

    @Test
    void anUnboundOrAlreadyEndedSessionIsNotCounted() {
        var registry = new SessionRegistry();
        var ended = new AtomicInteger(1);
        var gone = session(new AtomicInteger());
        registry.bind("sid", gone);
        registry.unbind("sid", gone);
        registry.bind("sid", session(ended));
        assertEquals(0, registry.endAll("sid"));
        assertTrue(registry.endAll("unknown") == 0);
    }
}
