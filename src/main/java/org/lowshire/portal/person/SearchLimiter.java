package org.lowshire.portal.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lowshire.portal.shared.TooManyRequests;

/**
 * Person searches are rate-limited per user ({@code PORTAL_PERSON_SEARCH_LIMIT} searches, default 20, in any
 * {@code PORTAL_PERSON_SEARCH_WINDOW_MINUTES}, default 10), so the portal cannot be used to trawl for which children
 * are known to it. One node: a cluster would keep the counts in the shared cache.
 */
@ApplicationScoped
public class SearchLimiter {

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> searches = new ConcurrentHashMap<>();
    private final int limit = number("PORTAL_PERSON_SEARCH_LIMIT", 20);
    private final Duration window = Duration.ofMinutes(number("PORTAL_PERSON_SEARCH_WINDOW_MINUTES", 10));

    /** Counts one search by the user, or refuses it when they have reached the limit. */
    public void count(String username) {
        Instant now = clock.instant();
        Deque<Instant> mine = searches.computeIfAbsent(username, k -> new ArrayDeque<>());
        synchronized (mine) {
            while (!mine.isEmpty() && mine.peekFirst().isBefore(now.minus(window))) {
                mine.pollFirst();
            }
            if (mine.size() >= limit) {
                throw new TooManyRequests("person.error.tooManySearches");
            }
            mine.addLast(now);
        }
    }

    private static int number(String name, int fallback) {
        try {
            int n = Integer.parseInt(System.getenv()
                    .getOrDefault(name, Integer.toString(fallback))
                    .strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
