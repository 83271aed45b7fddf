package org.lowshire.portal.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.audit.Actor;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditChainer;
import org.lowshire.portal.audit.AuditEntry;
import org.lowshire.portal.audit.AuditQuery;
import org.lowshire.portal.audit.AuditSearch;
import org.lowshire.portal.audit.AuditTrail;
import org.lowshire.portal.audit.AuditVerification;
import org.lowshire.portal.support.Deployments;

/**
 * The audit trail at county scale, inside the real server on the real PostgreSQL (run with {@code ./mvnw verify
 * -Pbench [-Dbench.events=10000000]}; not part of the normal test run). Loads a synthetic trail with SQL, then measures:
 * inserts through the choke point from 8 threads; the chainer's throughput on the backlog; verification of the
 * whole chain; and the IG search latency (count + first page) for typical questions. Writes
 * target/benchmark/audit.md.
 */
@ExtendWith(ArquillianExtension.class)
class AuditBenchmark {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(AuditBenchmark.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditChainer chainer;

    @Inject
    AuditVerification verification;

    @Inject
    AuditSearch search;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/PortalMigrationDS")
    DataSource owner;

    private final List<String> report = new ArrayList<>();

    @Test
    void auditTrailAtCountyScale() throws Exception {
        long events = Long.getLong("bench.events", 1_000_000L);
        if (Boolean.getBoolean("bench.searchOnly")) {
            searchOnly(events);
            return;
        }
        loadAndVacuum(events);
        long appended = appendThroughTheChokePoint(8, 2_500);
        Instant t1 = Instant.now();
        long chained = 0;
        while (true) {
            int n = chainer.chainPending();
            chained += n;
            if (n == 0 && pending() == 0) {
                break;
            }
        }
        double seconds = Duration.between(t1, Instant.now()).toMillis() / 1000.0;
        line(
                "Chained %,d events in %.1f s: %,.0f events/s (including %,d appended through AuditTrail by 8 threads)",
                chained, seconds, chained / seconds, appended);

        Instant t2 = Instant.now();
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            var result = verification.check(c);
            c.rollback();
            line(
                    "Verified %,d chain entries in %s: %s",
                    result.eventsChecked(), since(t2), result.valid() ? "valid" : "INVALID " + result.reason());
            assertTrue(result.valid(), result.reason());
        }

        searchLatency("chain caught up, round 1");
        searchLatency("chain caught up, round 2");
        searchLatency("chain caught up, round 3");
        writeReport();
    }

    /**
     * County scale for the IG search (10 M events) without waiting an hour for the backlog to be chained: the chainer
     * is held off by its own advisory lock while loading and for two rounds, as when the chain has caught up (each
     * run then finds nothing to do), then a third round while it works on the backlog.
     */
    private void searchOnly(long events) throws Exception {
        try (Connection c = owner.getConnection();
                var s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + AuditChainer.LOCK_KEY + ")");
            loadAndVacuum(events);
            searchLatency("chainer held off, as when caught up, round 1");
            searchLatency("chainer held off, as when caught up, round 2");
            s.execute("select pg_advisory_unlock(" + AuditChainer.LOCK_KEY + ")");
        }
        Thread.sleep(5_000);
        searchLatency("chainer working on the backlog");
        writeReport();
    }

    private void loadAndVacuum(long events) throws Exception {
        Instant t0 = Instant.now();
        load(events);
        line("Loaded %,d synthetic events by SQL in %s", events, since(t0));
        Instant tv = Instant.now();
        try (Connection c = owner.getConnection();
                var s = c.createStatement()) {
            // what autovacuum would do soon after such a load; measuring while it runs measured autovacuum
            s.execute("vacuum analyze portal.audit_event");
        }
        line("Vacuum analyze of the loaded trail: %s", since(tv));
    }

    private void writeReport() throws Exception {
        Path out = Path.of(System.getProperty("jboss.server.base.dir", "."), "..", "benchmark-audit.md");
        Files.writeString(out, String.join("\n", report) + "\n");
        line("Report: %s", out.normalize());
        hold();
    }

    /** PERF-TEMP: keeps the server and its database up while target/bench-hold exists (at most 40 minutes). */
    private static void hold() throws InterruptedException {
        Path flag = Path.of(System.getProperty("jboss.server.base.dir", "."), "..", "bench-hold");
        Instant until = Instant.now().plus(Duration.ofMinutes(40));
        while (Files.exists(flag) && Instant.now().isBefore(until)) {
            Thread.sleep(1000);
        }
    }

    private void load(long events) throws Exception {
        try (Connection c = owner.getConnection();
                var s = c.createStatement()) {
            long done = 0;
            while (done < events) {
                long n = Math.min(200_000, events - done);
                s.execute("insert into portal.audit_event (occurred_at, actor_subject, actor_username, actor_agency,"
                        + " actor_roles, session_ref, client_address, action, outcome, target_type, target_id,"
                        + " target_ref, person_ids, recipient_agency, correlation_id, details)"
                        + " select now() - (random() * interval '25 days'), 'sub-' || (g % 300), 'user' || (g % 300),"
                        + " (array['POLICE','CSC','HEALTH','EDU','PROBATION','YJS','VCS','MAPPA'])[1 + g % 8],"
                        + " 'practitioner', md5(g::text), '10.0.' || (g % 250) || '.1',"
                        + " (array['VIEW','VIEW','VIEW','VIEW','SEARCH','UPDATE','CREATE','DISCLOSE','DOWNLOAD',"
                        + "'STATE_CHANGE'])[1 + g % 10], 'SUCCESS', 'REQUEST', 'r-' || (g % 300000),"
                        + " 'ISR-' || lpad((g % 300000)::text, 6, '0'),"
                        + " array['p-' || (g % 50000), 'p-' || ((g * 7) % 50000)]::varchar(64)[],"
                        + " case when g % 10 = 7 then 'POLICE' end, md5((g * 3)::text), '{\"bench\": true}'::jsonb"
                        + " from generate_series(" + (done + 1) + ", " + (done + n) + ") g");
                done += n;
            }
            s.execute("analyze portal.audit_event");
        }
    }

    private long appendThroughTheChokePoint(int threads, int perThread) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        Instant start = Instant.now();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    tx.begin();
                    audit.recordAs(
                            new Actor("s", "bench" + thread, "CSC", "practitioner", null, "127.0.0.1", null),
                            Instant.now(),
                            AuditEntry.of(AuditAction.VIEW)
                                    .target("REQUEST", "b-" + i, null)
                                    .persons(List.of("p-" + i)));
                    tx.commit();
                }
                return perThread;
            }));
        }
        long total = 0;
        for (var f : futures) {
            total += f.get();
        }
        pool.shutdown();
        double s = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        line(
                "Appended %,d events through AuditTrail (one transaction each, 8 threads) in %.1f s: %,.0f events/s",
                total, s, total / s);
        return total;
    }

    private void searchLatency(String conditions) {
        List<AuditQuery> queries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            queries.add(AuditQuery.forUser("user" + (i * 13 % 300)));
            queries.add(AuditQuery.forPerson("p-" + (i * 977 % 50000)));
            var byRecord = new AuditQuery();
            byRecord.setRecord("ISR-" + String.format("%06d", i * 14_999 % 300_000));
            queries.add(byRecord);
            var recent = new AuditQuery();
            recent.setAgency("POLICE");
            recent.setAction(AuditAction.DISCLOSE);
            recent.setFrom(java.time.LocalDate.now().minusDays(i % 7 + 1));
            queries.add(recent);
        }
        List<Long> millis = new ArrayList<>();
        for (AuditQuery q : queries) {
            Instant s = Instant.now();
            search.count(q);
            search.page(q, 0, 25);
            millis.add(Duration.between(s, Instant.now()).toMillis());
        }
        Collections.sort(millis);
        line(
                "IG search (count capped at 10,000 + first page of 25), %d queries by user, person, record and"
                        + " agency+action+date, %s: median %d ms, p95 %d ms, max %d ms",
                millis.size(),
                conditions,
                millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1));
    }

    private long pending() throws Exception {
        try (Connection c = owner.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery(
                        "select count(*) from portal.audit_event e where not exists (select 1 from portal.audit_chain ch"
                                + " where ch.event_id = e.id)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.UK, format, args);
        report.add("- " + text);
        System.out.println("[benchmark] " + text);
    }

    private static String since(Instant start) {
        return String.format(
                Locale.UK, "%.1f s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }
}
