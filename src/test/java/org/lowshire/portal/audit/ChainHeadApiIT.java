package org.lowshire.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.request.RequestApiClient;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;

/**
 * The chain's signed head through the bearer-only API: an IG officer downloads it, checks it back (still in the
 * chain), and a file that is not a head is a 400 problem naming the field; every call is in the trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChainHeadApiIT {

    private static final RequestApiClient API = new RequestApiClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void anOfficerDownloadsTheSignedHeadAndChecksItBack() throws Exception {
        // sign-ins and views are chained within a second; the head names a checkpoint that signs its predecessor
        HttpResponse<String> head = null;
        for (int i = 0; i < 30 && (head == null || head.statusCode() != 200); i++) {
            API.api("ig.officer", "GET", "/api/audit/chain", null);
            Thread.sleep(500);
            head = Http.send(HttpRequest.newBuilder(URI.create(Http.appUrl("/api/audit/chain/head")))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + API.token("ig.officer"))
                    .header("Accept", "text/plain")
                    .GET()
                    .build());
        }
        assertEquals(200, head.statusCode(), head.body());
        assertTrue(head.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(head.body().contains("format=lowshire-audit-head-v1"), head.body());
        long exports = RequestApiClient.count(
                "select count(*) from portal.audit_event where action = 'EXPORT' and target_type = 'AUDIT_HEAD'");
        assertTrue(exports >= 1, "the download is audited");

        long checksBefore = checks();
        var check = post(head.body());
        assertEquals(200, check.statusCode(), check.body());
        var answer = Tokens.json(check.body());
        assertTrue(answer.path("stillInChain").asBoolean(), check.body());
        assertTrue(answer.path("message").asText().startsWith("This head is still in the chain"), check.body());

        var edited = post(head.body().replaceFirst("seq=(\\d+)", "seq=1$1"));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("BAD_SIGNATURE", Tokens.json(edited.body()).path("outcome").asText(), edited.body());

        var garbage = post("%PDF-1.7 not a head at all");
        assertEquals(400, garbage.statusCode(), garbage.body());
        assertTrue(garbage.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(Tokens.json(garbage.body()).path("errors").has("head"), garbage.body());
        assertEquals(checksBefore + 3, checks(), "each check is audited, the unreadable one too");

        var status = API.api("ig.officer", "GET", "/api/audit/chain", null);
        assertTrue(status.body().contains("\"halted\":false"), status.body());
        var resume = API.api("ig.officer", "POST", "/api/audit/chain/resumption", "{\"note\":\"nothing to resume\"}");
        assertEquals(409, resume.statusCode(), resume.body());
    }

    private static long checks() {
        return RequestApiClient.count("select count(*) from portal.audit_event where action = 'AUDIT_HEAD_CHECKED'"
                + " and actor_username = 'ig.officer'");
    }

    private static HttpResponse<String> post(String file) {
        return Http.send(HttpRequest.newBuilder(URI.create(Http.appUrl("/api/audit/chain/head-checks")))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + API.token("ig.officer"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(file))
                .build());
    }
}
