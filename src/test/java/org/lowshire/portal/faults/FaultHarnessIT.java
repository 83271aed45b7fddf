package org.lowshire.portal.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lowshire.portal.access.SignedInSession;
import org.lowshire.portal.devstack.FaultStack;
import org.lowshire.portal.faults.Ledger.Kind;
import org.lowshire.portal.faults.Ledger.Write;
import org.lowshire.portal.support.Tokens;

/**
 * The fault harness on its own durable stack (Failsafe's {@code fault-harness} execution, after the other tests;
 * {@code ./mvnw verify -Pfaults} for the long version): under steady load it kills WildFly with SIGKILL and starts it,
 * kills every PostgreSQL process with SIGKILL and starts it, restarts PostgreSQL cleanly and stops Keycloak for a
 * while; then every acknowledged write must be found, records and audit events must match, nothing may be duplicated
 * by the retries and the chain must verify. Rounds, steady time and outage length are system properties.
 */
@EnabledIfSystemProperty(named = "portal.faults", matches = "true")
class FaultHarnessIT {

    private static final int ROUNDS = Integer.getInteger("faults.rounds", 1);
    private static final Duration STEADY = Duration.ofSeconds(Long.getLong("faults.steady.seconds", 15));
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("faults.keycloak.outage.seconds", 60));
    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(5);

    private final HarnessApi api = new HarnessApi();
    private final Ledger ledger = new Ledger();
    private final Probe probe = new Probe(api);
    private final FaultReport report = new FaultReport();
    private final Map<String, Duration> recoveries = new java.util.LinkedHashMap<>();
    private final Map<String, String> notes = new java.util.LinkedHashMap<>();
    private final java.util.List<String> outageFailures = new java.util.ArrayList<>();

    interface Fault {
        void inject() throws Exception;
    }

    @Test
    void every_acknowledged_write_survives_crashes_restarts_and_an_identity_provider_outage() throws Exception {
        Path work =
                Path.of(System.getProperty("faults.work.dir", "target/faults")).toAbsolutePath();
        Instant began = Instant.now();
        try (var stack = FaultStack.start(work)) {
            say("stack started in " + secs(Duration.between(began, Instant.now())));
            report.fact("stack started (PostgreSQL, Keycloak, WildFly)", secs(Duration.between(began, Instant.now())));
            var first = api.call(
                    LoadClients.REQUESTER,
                    "POST",
                    "/api/requests",
                    null,
                    UUID.randomUUID().toString());
            assertTrue(first.ok(), "the portal does not take requests: " + first.status() + " " + first.body());
            probe.target(first.json().path("id").asText());
            try (var load = new LoadClients(api, ledger, probe)) {
                load.start();
                for (int round = 1; round <= ROUNDS; round++) {
                    String r = ROUNDS == 1 ? "" : " (round " + round + ")";
                    fault("WildFly killed (SIGKILL), started" + r, () -> {
                        stack.killWildFly();
                        stack.startWildFly();
                    });
                    fault("PostgreSQL killed (SIGKILL, every process), started" + r, () -> {
                        stack.killPostgres();
                        stack.startPostgres();
                    });
                    fault("PostgreSQL restarted cleanly" + r, () -> {
                        stack.stopPostgres();
                        stack.startPostgres();
                    });
                    keycloakOutage(stack, "Keycloak stopped for " + OUTAGE.toSeconds() + " s" + r);
                }
                ledger.window("after the faults");
                LoadClients.pause(STEADY.toMillis());
            }
            LoadClients.pause(10_000); // the chainer links the last events
            verify(began, api.call("ig.officer", "POST", "/api/audit/verifications", null, null));
        }
    }

    private void fault(String name, Fault fault) throws Exception {
        ledger.window(name);
        LoadClients.pause(STEADY.toMillis());
        Instant at = Instant.now();
        say(name + " ...");
        fault.inject();
        recoveries.put(name, probe.recovery(at, RECOVERY_LIMIT));
        say(name + ": the API answered again after " + secs(recoveries.get(name)));
    }

    private static void say(String line) {
        System.out.println("[faults " + java.time.LocalTime.now().withNano(0) + "] " + line);
        System.out.flush();
    }

    /**
     * Signed-in sessions (a browser's cookie, bearer tokens) must keep working while Keycloak is away; a new sign-in
     * must meet a clear page. Recovery here is the API's (through the outage) and the next token grant's.
     */
    private void keycloakOutage(FaultStack stack, String name) throws Exception {
        ledger.window(name);
        LoadClients.pause(STEADY.toMillis());
        var session = SignedInSession.signIn(LoadClients.RESPONDER, LoadClients.password(LoadClients.RESPONDER));
        Instant at = Instant.now();
        say(name + " ...");
        stack.stopKeycloak();
        LoadClients.pause(OUTAGE.toMillis() / 2);
        int sessionStatus = session.get("/").statusCode();
        var newSignIn = SignInCheck.newBrowser();
        LoadClients.pause(OUTAGE.toMillis() / 2);
        long apiCallsDuring = probe.successesBetween(at, Instant.now());
        stack.startKeycloak();
        Instant signInAgain = awaitTokenGrant();
        recoveries.put(name, probe.recovery(at, RECOVERY_LIMIT));
        say(name + ": sign-in works again after " + secs(Duration.between(at, signInAgain)));
        notes.put(
                name,
                "API calls that succeeded during the outage: " + apiCallsDuring + "; signed-in page session: HTTP "
                        + sessionStatus + "; a new sign-in: " + newSignIn.describe() + "; sign-in works again "
                        + secs(Duration.between(at, signInAgain)) + " after the stop");
        if (apiCallsDuring == 0) {
            outageFailures.add(name + ": bearer tokens stopped working");
        }
        if (sessionStatus != 200) {
            outageFailures.add(name + ": the signed-in session stopped working (HTTP " + sessionStatus + ")");
        }
        if (!newSignIn.friendlyPortalPage()) {
            outageFailures.add(name + ": a new sign-in met " + newSignIn.describe());
        }
    }

    private static Instant awaitTokenGrant() {
        Instant until = Instant.now().plus(RECOVERY_LIMIT);
        while (Instant.now().isBefore(until)) {
            try {
                Tokens.accessToken(LoadClients.REQUESTER);
                return Instant.now();
            } catch (RuntimeException notYet) {
                LoadClients.pause(250);
            }
        }
        throw new AssertionError("Keycloak grants no token again");
    }

    private void verify(Instant began, HarnessApi.Answer verification) throws Exception {
        Set<String> requests = Checks.requestIds();
        Set<String> sent = Checks.sentRequestIds();
        Set<String> responses = Checks.responseIds();
        long acknowledgedTotal = 0;
        long foundTotal = 0;
        for (var window : ledger.byWindow().entrySet()) {
            long found = window.getValue().stream()
                    .filter(w -> found(w, requests, sent, responses))
                    .count();
            acknowledgedTotal += window.getValue().size();
            foundTotal += found;
            report.fault(new FaultReport.FaultRow(
                    window.getKey(),
                    window.getValue().size(),
                    found,
                    recoveries.get(window.getKey()),
                    notes.getOrDefault(window.getKey(), byKind(window.getValue()))));
        }
        var orphans = Checks.orphans();
        long duplicates = Checks.duplicateCreates() + Checks.duplicateSubjects() + Checks.duplicateResponses();
        boolean chainValid =
                verification.ok() && verification.json().path("valid").asBoolean();
        report.fact(
                "run",
                secs(Duration.between(began, Instant.now())) + " in all, " + ROUNDS + " round(s), " + STEADY.toSeconds()
                        + " s of steady load before each fault");
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        report.fact(
                "machine",
                os.getAvailableProcessors() + " cores, " + os.getName() + ", load average at the end "
                        + String.format("%.1f", os.getSystemLoadAverage()));
        report.fact("writes acknowledged / found", acknowledgedTotal + " / " + foundTotal);
        report.fact(
                "load",
                ledger.counter("reads ok") + " API reads and " + ledger.counter("page views ok")
                        + " page views answered (" + ledger.counter("reads failed") + " and "
                        + ledger.counter("page views failed") + " failed during faults)");
        report.fact(
                "retries",
                ledger.counter("creating calls retried") + " retried creating calls (same Idempotency-Key), "
                        + ledger.counter("answers replayed") + " answered by replay, "
                        + ledger.counter("creating calls given up") + " given up "
                        + ledger.counters("given up with"));
        report.fact("duplicates (requests beyond their keys, people, responses per part)", duplicates);
        orphans.forEach(report::fact);
        report.fact("chain verification", verification.status() + " " + verification.body());
        report.write(Path.of(System.getProperty("faults.work.dir", "target/faults"), "report.md"));

        assertEquals(acknowledgedTotal, foundTotal, "acknowledged writes are missing: " + report.markdown());
        assertTrue(acknowledgedTotal > 0, "the load acknowledged nothing");
        orphans.forEach((what, n) -> assertEquals(0L, n, what));
        assertEquals(0, duplicates, "retries created duplicates");
        assertTrue(chainValid, "the chain does not verify: " + verification.body());
        assertEquals(java.util.List.of(), outageFailures, "through Keycloak's outage");
    }

    private static boolean found(Write w, Set<String> requests, Set<String> sent, Set<String> responses) {
        return switch (w.kind()) {
            case REQUEST_CREATED -> requests.contains(w.id());
            case REQUEST_SENT -> sent.contains(w.id());
            case RESPONSE_RECORDED -> responses.contains(w.id());
        };
    }

    private static String byKind(java.util.List<Write> writes) {
        var counts = new java.util.EnumMap<Kind, Long>(Kind.class);
        writes.forEach(w -> counts.merge(w.kind(), 1L, Long::sum));
        return counts.toString();
    }

    private static String secs(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
