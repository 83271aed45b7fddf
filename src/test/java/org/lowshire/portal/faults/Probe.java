package org.lowshire.portal.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Asks the API for one request five times a second and remembers when each successful call started and ended, so the
 * time from a fault to the first successful request again can be read off.
 */
final class Probe {

    private record Success(Instant started, Instant ended) {}

    private final HarnessApi api;
    private final ConcurrentLinkedQueue<Success> successes = new ConcurrentLinkedQueue<>();
    private volatile String path;

    Probe(HarnessApi api) {
        this.api = api;
    }

    void target(String requestId) {
        path = "/api/requests/" + requestId;
    }

    void once() {
        if (path == null) {
            return;
        }
        Instant started = Instant.now();
        if (api.call(LoadClients.REQUESTER, "GET", path, null, null).ok()) {
            successes.add(new Success(started, Instant.now()));
        }
        LoadClients.pause(50);
    }

    /** From {@code fault} to the end of the first successful call that started after it; waits up to the timeout. */
    Duration recovery(Instant fault, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            var first =
                    successes.stream().filter(s -> s.started().isAfter(fault)).findFirst();
            if (first.isPresent()) {
                return Duration.between(fault, first.get().ended());
            }
            LoadClients.pause(100);
        }
        throw new AssertionError("The API did not answer again within " + timeout.toSeconds() + " s of the fault");
    }

    /** Successful calls that started in the interval: the API kept working through it when this is above zero. */
    long successesBetween(Instant from, Instant to) {
        return successes.stream()
                .filter(s -> s.started().isAfter(from) && s.ended().isBefore(to))
                .count();
    }
}
