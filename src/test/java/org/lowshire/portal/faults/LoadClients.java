package org.lowshire.portal.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.lowshire.portal.access.SignedInSession;
import org.lowshire.portal.devstack.DemoUsers;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.faults.Ledger.Kind;
import org.lowshire.portal.request.RequestApiClient;

/**
 * The steady load: two requesters raise and send requests, a responder acknowledges and answers them, a reader reads
 * them through the API and views the home page in a signed-in session. Creating calls carry an Idempotency-Key and are
 * retried with it while the servers are down, so a write the server made but could not acknowledge is replayed, not
 * made twice. Every acknowledged write goes into the {@link Ledger}.
 */
final class LoadClients implements AutoCloseable {

    static final String REQUESTER = "csc.practitioner";
    static final String RESPONDER = "police.practitioner";
    private static final Duration GIVE_UP = Duration.ofMinutes(4);
    private static final long PAUSE_MS = 150;

    private final HarnessApi api;
    private final Ledger ledger;
    private final Probe probe;
    private final ExecutorService pool = Executors.newFixedThreadPool(5);
    private final LinkedBlockingQueue<String> sent = new LinkedBlockingQueue<>();
    private final List<String> known = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    LoadClients(HarnessApi api, Ledger ledger, Probe probe) {
        this.api = api;
        this.ledger = ledger;
        this.probe = probe;
    }

    void start() {
        pool.submit(() -> loop(this::raise));
        pool.submit(() -> loop(this::raise));
        pool.submit(() -> loop(this::respond));
        pool.submit(() -> loop(this::read));
        pool.submit(() -> loop(probe::once));
    }

    private void loop(Runnable step) {
        while (running) {
            try {
                step.run();
            } catch (RuntimeException e) {
                ledger.count("client errors");
            }
            pause(PAUSE_MS);
        }
    }

    private void raise() {
        String key = UUID.randomUUID().toString();
        var created = retrying(() -> api.call(REQUESTER, "POST", "/api/requests", null, key));
        if (!created.ok()) {
            return;
        }
        String id = created.json().path("id").asText();
        ledger.acknowledged(Kind.REQUEST_CREATED, id);
        known.add(id);
        String path = "/api/requests/" + id;
        if (!api.call(REQUESTER, "PUT", path + "/draft", RequestApiClient.draft(0, "OFFICIAL"), null)
                .ok()) {
            return;
        }
        String subjectKey = UUID.randomUUID().toString();
        if (!retrying(() -> api.call(REQUESTER, "POST", path + "/subjects", subject(id), subjectKey))
                .ok()) {
            return;
        }
        long version = version(REQUESTER, id);
        if (version >= 0
                && api.call(REQUESTER, "POST", path + "/submission", "{\"version\":" + version + "}", null)
                        .ok()) {
            ledger.acknowledged(Kind.REQUEST_SENT, id);
            sent.add(id);
        }
    }

    private void respond() {
        String id;
        try {
            id = sent.poll(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (id == null) {
            return;
        }
        String path = "/api/requests/" + id;
        long version = version(RESPONDER, id);
        if (version < 0
                || !api.call(RESPONDER, "POST", path + "/acknowledgement", "{\"version\":" + version + "}", null)
                        .ok()) {
            return;
        }
        String body = RequestApiClient.shareInPart(version(RESPONDER, id));
        String key = UUID.randomUUID().toString();
        var answered = retrying(() -> api.call(RESPONDER, "POST", path + "/responses", body, key));
        if (answered.ok()) {
            ledger.acknowledged(
                    Kind.RESPONSE_RECORDED, answered.json().path("id").asText());
        }
    }

    private SignedInSession session;

    private void read() {
        if (known.isEmpty()) {
            return;
        }
        String id = known.get(ThreadLocalRandom.current().nextInt(known.size()));
        ledger.count(
                api.call(REQUESTER, "GET", "/api/requests/" + id, null, null).ok() ? "reads ok" : "reads failed");
        try {
            if (session == null) {
                session = SignedInSession.signIn(REQUESTER, password(REQUESTER));
            }
            boolean ok = session.get("/").statusCode() == 200;
            ledger.count(ok ? "page views ok" : "page views failed");
            if (!ok) {
                session = null;
            }
        } catch (RuntimeException e) {
            ledger.count("page views failed");
            session = null;
        }
    }

    /** A creating call, retried with the same key while nothing or a 5xx comes back. */
    private HarnessApi.Answer retrying(Supplier<HarnessApi.Answer> call) {
        Instant until = Instant.now().plus(GIVE_UP);
        var answer = call.get();
        while (running
                && (answer.status() == 0 || answer.status() >= 500)
                && Instant.now().isBefore(until)) {
            ledger.count("creating calls retried");
            pause(500);
            answer = call.get();
        }
        if ("true".equals(answer.header("Idempotent-Replayed"))) {
            ledger.count("answers replayed");
        }
        if (!answer.ok()) {
            ledger.count("creating calls given up");
            ledger.count("given up with HTTP " + answer.status());
        }
        return answer;
    }

    private long version(String user, String id) {
        var r = api.call(user, "GET", "/api/requests/" + id, null, null);
        return r.ok() ? r.json().path("version").asLong() : -1;
    }

    private static String subject(String id) {
        return """
                {"role":"CHILD_AT_RISK","givenName":"Ada","familyName":"Faultchild-%s","dateOfBirth":"2015-04-01",
                 "gender":"FEMALE","address":"1 Test Lane, Lowshire LW1 1AA"}""".formatted(id.substring(0, 8));
    }

    static String password(String user) {
        try {
            return DemoUsers.byUsername(DemoUsers.realmFile(TestStack.config().projectDir()), user)
                    .password();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> known() {
        return List.copyOf(known);
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
    }
}
