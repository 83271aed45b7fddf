package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;

/**
 * {@code Idempotency-Key} on the creating calls: a retry with the same key and body replays the first answer (status,
 * Location, body) and creates nothing; the same key with another body is refused with 422; keys are each caller's
 * own; concurrent duplicates create exactly one record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotencyKeyIT {

    private static final RequestApiClient API = new RequestApiClient();
    private static final String CSC = "csc.practitioner";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void a_retried_create_replays_the_first_answer_and_creates_nothing() {
        String key = UUID.randomUUID().toString();
        long before = requestsBy(CSC);
        var first = post(CSC, "/api/requests", key, null);
        var retry = post(CSC, "/api/requests", key, null);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode(), retry.body());
        assertTrue(first.headers().firstValue("Location").isPresent());
        assertEquals(first.headers().firstValue("Location"), retry.headers().firstValue("Location"));
        assertEquals(first.body(), retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(before + 1, requestsBy(CSC));
        assertEquals(1, creates(Tokens.json(first.body()).path("id").asText()));
    }

    @Test
    void the_same_key_with_another_body_is_refused_with_422() {
        String id = API.ok(CSC, "POST", "", null).path("id").asText();
        String key = UUID.randomUUID().toString();
        var added = post(CSC, "/api/requests/" + id + "/subjects", key, subject("Ada"));
        assertEquals(200, added.statusCode(), added.body());
        var other = post(CSC, "/api/requests/" + id + "/subjects", key, subject("Bea"));
        assertEquals(422, other.statusCode(), other.body());
        assertEquals(
                "application/problem+json",
                other.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Tokens.json(other.body()).path("detail").asText().contains("Idempotency-Key"), other.body());
        var elsewhere = post(CSC, "/api/requests", key, null);
        assertEquals(422, elsewhere.statusCode(), elsewhere.body());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.request_subject s join portal.info_request r"
                                + " on r.id = s.request_id where r.uuid = ?",
                        id));
    }

    @Test
    void keys_are_each_callers_own() {
        String key = UUID.randomUUID().toString();
        var csc = post(CSC, "/api/requests", key, null);
        var police = post("police.practitioner", "/api/requests", key, null);
        assertEquals(201, csc.statusCode(), csc.body());
        assertEquals(201, police.statusCode(), police.body());
        assertNotEquals(
                Tokens.json(csc.body()).path("id").asText(),
                Tokens.json(police.body()).path("id").asText());
    }

    @Test
    void concurrent_duplicates_create_exactly_one_record() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = requestsBy(CSC);
        int callers = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(CSC, "/api/requests", key, null);
                }));
            }
            start.countDown();
            String id = null;
            for (var answer : answers) {
                var r = answer.get();
                assertEquals(201, r.statusCode(), r.body());
                String got = Tokens.json(r.body()).path("id").asText();
                assertTrue(id == null || id.equals(got), "two records: " + id + " and " + got);
                id = got;
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, requestsBy(CSC));
    }

    @Test
    void a_retried_response_gets_its_201_again_instead_of_a_conflict() {
        String id = API.acknowledgedRequest("OFFICIAL");
        String police = "police.practitioner";
        String body = RequestApiClient.shareInPart(API.version(police, id));
        String key = UUID.randomUUID().toString();
        var first = post(police, "/api/requests/" + id + "/responses", key, body);
        var retry = post(police, "/api/requests/" + id + "/responses", key, body);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode(), retry.body());
        assertEquals(first.body(), retry.body());
        var without = API.call(police, "POST", "/" + id + "/responses", body);
        assertEquals(409, without.statusCode(), without.body());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.ask_response x join portal.request_ask a on a.id = x.ask_id"
                                + " join portal.info_request r on r.id = a.request_id where r.uuid = ?",
                        id));
    }

    @Test
    void a_retried_upload_keeps_one_file() {
        String id = API.ok(CSC, "POST", "", null).path("id").asText();
        String key = UUID.randomUUID().toString();
        var first = upload(id, key);
        var retry = upload(id, key);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(first.body(), retry.body());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.attachment a join portal.info_request r on r.id = a.request_id"
                                + " where r.uuid = ?",
                        id));
    }

    @Test
    void a_malformed_key_is_a_400_problem() {
        var r = post(CSC, "/api/requests", "two words", null);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(Tokens.json(r.body()).path("errors").has("Idempotency-Key"), r.body());
    }

    private static HttpResponse<String> post(String user, String path, String key, String body) {
        return Http.json("POST", Http.appUrl(path), API.token(user), body, "Idempotency-Key", key);
    }

    private static HttpResponse<String> upload(String id, String key) {
        return Http.send(
                HttpRequest.newBuilder(URI.create(Http.appUrl("/api/requests/" + id + "/attachments?name=a.pdf")))
                        .header("Authorization", "Bearer " + API.token(CSC))
                        .header("Content-Type", "application/octet-stream")
                        .header("Accept", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(RequestApiClient.PDF))
                        .build());
    }

    private static String subject(String givenName) {
        return """
                {"role":"CHILD_AT_RISK","givenName":"%s","familyName":"Testchild-Idem","dateOfBirth":"2015-04-01",
                 "gender":"FEMALE","address":"1 Test Lane, Lowshire LW1 1AA"}""".formatted(givenName);
    }

    private static long requestsBy(String user) {
        return RequestApiClient.count("select count(*) from portal.info_request where requester_username = ?", user);
    }

    private static long creates(String id) {
        return RequestApiClient.count(
                "select count(*) from portal.audit_event where action = 'CREATE' and target_id = ?", id);
    }
}
