package org.lowshire.portal.faults;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * What the clients saw: every write acknowledged (kind, id, and the fault window it fell in), every retry and every
 * replayed answer. A window runs from the steady load before a fault, through the fault, to its recovery.
 */
final class Ledger {

    enum Kind {
        REQUEST_CREATED,
        REQUEST_SENT,
        RESPONSE_RECORDED
    }

    record Write(Kind kind, String id, String window) {}

    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private volatile String window = "start";

    void window(String name) {
        window = name;
    }

    String window() {
        return window;
    }

    void acknowledged(Kind kind, String id) {
        writes.add(new Write(kind, id, window));
    }

    void count(String what) {
        counters.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    long counter(String what) {
        var c = counters.get(what);
        return c == null ? 0 : c.get();
    }

    /** Every counter whose name starts with the prefix, e.g. the statuses calls were given up with. */
    Map<String, Long> counters(String prefix) {
        var found = new java.util.TreeMap<String, Long>();
        counters.forEach((name, n) -> {
            if (name.startsWith(prefix)) {
                found.put(name, n.get());
            }
        });
        return found;
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    /** Writes by window, in the order the windows came. */
    Map<String, List<Write>> byWindow() {
        return writes().stream()
                .collect(Collectors.groupingBy(Write::window, java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
