package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Tokens;

/**
 * Two responders of the same agency answer the same part at the same moment, 100 times: each time exactly one
 * response is recorded (one 201, one row, one CREATE event) and the other is told why, with a 409 problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentRespondersIT {

    private static final RequestApiClient API = new RequestApiClient();
    private static final int PAIRS = 100;
    private static final List<String> RESPONDERS = List.of("police.practitioner", "police.lead");

    /**
     * What the loser may be told: the winner committed first (the request's version moved on), or the loser's call
     * read the request after the winner's response was in (the part's own rule).
     */
    private static final java.util.Set<String> WHY = java.util.Set.of(
            "Someone else changed this request while you were working on it. Nothing of yours was saved over theirs:"
                    + " reload the page to see their change, then try again.",
            "A response is already waiting for the lead's approval");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void exactly_one_of_two_concurrent_responders_wins_each_time() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> requests = new ArrayList<>();
        try {
            List<Future<String>> made = new ArrayList<>();
            for (int i = 0; i < PAIRS; i++) {
                made.add(pool.submit(() -> API.acknowledgedRequest("OFFICIAL")));
            }
            for (var f : made) {
                requests.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        RESPONDERS.forEach(API::token);
        var pair = Executors.newFixedThreadPool(2);
        int conflicts = 0;
        var reasons = new java.util.TreeMap<String, Integer>();
        try {
            for (String id : requests) {
                String body = RequestApiClient.shareInPart(API.version("police.practitioner", id));
                var barrier = new CyclicBarrier(2);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (String responder : RESPONDERS) {
                    answers.add(pair.submit(() -> {
                        barrier.await(30, TimeUnit.SECONDS);
                        return API.call(responder, "POST", "/" + id + "/responses", body);
                    }));
                }
                var a = answers.get(0).get(60, TimeUnit.SECONDS);
                var b = answers.get(1).get(60, TimeUnit.SECONDS);
                var winner = a.statusCode() == 201 ? a : b;
                var loser = winner == a ? b : a;
                assertEquals(201, winner.statusCode(), "no winner for " + id + ": " + a.body() + " / " + b.body());
                assertEquals(409, loser.statusCode(), "both won or the loser got " + loser.body());
                assertEquals(
                        "application/problem+json",
                        loser.headers().firstValue("Content-Type").orElse(""));
                String detail = Tokens.json(loser.body()).path("detail").asText();
                assertTrue(WHY.contains(detail), "the loser was not told why: " + detail);
                reasons.merge(detail, 1, Integer::sum);
                assertEquals(1, responsesTo(id), "responses recorded for " + id);
                conflicts++;
            }
        } finally {
            pair.shutdownNow();
        }
        assertEquals(PAIRS, conflicts);
        System.out.printf(
                "ConcurrentRespondersIT: %d pairs, %d single winners, the losers told (409): %s%n",
                PAIRS, conflicts, reasons);
    }

    private static long responsesTo(String id) {
        return RequestApiClient.count(
                "select count(*) from portal.ask_response x join portal.request_ask a on a.id = x.ask_id"
                        + " join portal.info_request r on r.id = a.request_id where r.uuid = ?",
                id);
    }
}
