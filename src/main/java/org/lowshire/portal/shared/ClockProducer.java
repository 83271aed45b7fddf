package org.lowshire.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the whole application (UTC), replaceable in tests of pure logic. */
@ApplicationScoped
public class ClockProducer {

    /** Dependent scope: a JDK class cannot be proxied for a normal scope. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
