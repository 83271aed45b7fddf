package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * Need-to-know with real tokens: each role, in the requesting agency, the responding agency and others, against
 * view, acknowledge, respond, approve and withdraw; every refusal is a 403 problem and an ACCESS_DENIED event naming
 * the request; every allowed action leaves its own event.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestAccessIT {

    private static final RequestApiClient API = new RequestApiClient();

    /** Who may read a submitted CSC → POLICE request. */
    private static final Map<String, Integer> VIEW = Map.of(
            "csc.practitioner",
            200,
            "csc.lead",
            200,
            "police.practitioner",
            200,
            "police.lead",
            200,
            "edu.practitioner",
            403,
            "health.practitioner",
            403,
            "ig.officer",
            403,
            "portal.admin",
            403,
            "board.analyst",
            403,
            "mappa.coordinator",
            403);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void onlyTheRequesterTheirLeadAndTheRecipientAgencySeeARequest() {
        String id = API.submittedRequest("OFFICIAL");
        VIEW.forEach((user, expected) -> {
            var r = API.call(user, "GET", "/" + id, null);
            assertEquals(expected, r.statusCode(), user + ": " + r.body());
            if (expected == 403) {
                assertEquals(
                        "application/problem+json",
                        r.headers().firstValue("Content-Type").orElse(""));
                assertFalse(r.body().contains("Testchild"), "a refusal shows nothing of the record");
                assertEquals(1, RequestApiClient.events("ACCESS_DENIED", user, id), user);
            } else {
                assertTrue(RequestApiClient.events("VIEW", user, id) >= 1, user);
            }
        });
    }

    @Test
    void aCopyOfTheRequestIsAPdfForThoseWhoMaySeeItAndEveryCopyIsAnExport() {
        String id = API.submittedRequest("OFFICIAL");
        HttpResponse<byte[]> copy = copyAs("csc.practitioner", id);
        assertEquals(200, copy.statusCode());
        assertEquals("%PDF", new String(copy.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(1, RequestApiClient.events("EXPORT", "csc.practitioner", id));
        assertEquals(200, copyAs("police.practitioner", id).statusCode(), "the agency asked may keep one too");
        assertEquals(403, copyAs("edu.practitioner", id).statusCode());
        assertEquals(0, RequestApiClient.events("EXPORT", "edu.practitioner", id));
        assertEquals(1, RequestApiClient.events("ACCESS_DENIED", "edu.practitioner", id));
    }

    private static HttpResponse<byte[]> copyAs(String user, String id) {
        return Http.sendBytes(HttpRequest.newBuilder(URI.create(Http.appUrl("/api/requests/" + id + "/copy")))
                .header("Authorization", "Bearer " + API.token(user))
                .header("Accept", "application/pdf")
                .GET()
                .build());
    }

    @Test
    void aDraftIsTheRequestersAlone() {
        String id = API.ok("csc.practitioner", "POST", "", null).path("id").asText();
        assertEquals(200, API.call("csc.practitioner", "GET", "/" + id, null).statusCode());
        assertEquals(403, API.call("police.practitioner", "GET", "/" + id, null).statusCode());
        assertEquals(403, API.call("csc.lead", "GET", "/" + id, null).statusCode());
        assertEquals(
                403,
                API.call("police.practitioner", "PUT", "/" + id + "/draft", RequestApiClient.draft(0, "OFFICIAL"))
                        .statusCode());
    }

    @Test
    void onlyTheRecipientAgencyAcknowledgesAndResponds() {
        String id = API.submittedRequest("OFFICIAL");
        String v = "{\"version\":" + API.version("csc.practitioner", id) + "}";
        assertEquals(
                403,
                API.call("edu.practitioner", "POST", "/" + id + "/acknowledgement", v)
                        .statusCode());
        assertEquals(
                403,
                API.call("csc.practitioner", "POST", "/" + id + "/acknowledgement", v)
                        .statusCode());
        assertEquals(
                403,
                API.call("ig.officer", "POST", "/" + id + "/acknowledgement", v).statusCode());
        var acked = API.ok("police.practitioner", "POST", "/" + id + "/acknowledgement", v);
        assertEquals("ACKNOWLEDGED", acked.path("status").asText());
        assertEquals(1, RequestApiClient.events("STATE_CHANGE", "police.practitioner", id));
        String body = RequestApiClient.shareInPart(acked.path("version").asLong());
        assertEquals(
                403,
                API.call("edu.practitioner", "POST", "/" + id + "/responses", body)
                        .statusCode());
        assertEquals(
                403, API.call("csc.lead", "POST", "/" + id + "/responses", body).statusCode());
        assertEquals(2, RequestApiClient.events("ACCESS_DENIED", "edu.practitioner", id));
    }

    @Test
    void onlyTheRequesterWithdrawsAndOnlyWithAReason() {
        String id = API.submittedRequest("OFFICIAL");
        long version = API.version("csc.practitioner", id);
        String withReason = "{\"version\":" + version + ",\"text\":\"Family moved out of the county\"}";
        assertEquals(
                403,
                API.call("police.practitioner", "POST", "/" + id + "/withdrawal", withReason)
                        .statusCode());
        assertEquals(
                403,
                API.call("csc.lead", "POST", "/" + id + "/withdrawal", withReason)
                        .statusCode());
        var noReason = API.call("csc.practitioner", "POST", "/" + id + "/withdrawal", "{\"version\":" + version + "}");
        assertEquals(400, noReason.statusCode());
        assertTrue(Tokens.json(noReason.body()).path("errors").has("withdrawReason"), noReason.body());
        assertEquals(
                "WITHDRAWN",
                API.ok("csc.practitioner", "POST", "/" + id + "/withdrawal", withReason)
                        .path("status")
                        .asText());
    }

    @Test
    void aSensitiveResponseWaitsForTheLeadAndIsDisclosedOnApproval() {
        String id = API.submittedRequest("OFFICIAL_SENSITIVE");
        long v = API.ok(
                        "police.practitioner",
                        "POST",
                        "/" + id + "/acknowledgement",
                        "{\"version\":" + API.version("police.practitioner", id) + "}")
                .path("version")
                .asLong();
        var created = API.ok("police.practitioner", "POST", "/" + id + "/responses", RequestApiClient.shareInPart(v));
        assertEquals("AWAITING_APPROVAL", created.path("state").asText());
        String response = created.path("id").asText();
        var requesterView = API.ok("csc.practitioner", "GET", "/" + id, null);
        assertEquals(0, requesterView.path("asks").path(0).path("responses").size(), "nothing released yet");
        assertEquals(0, RequestApiClient.events("DISCLOSE", "police.practitioner", id));

        String version = "{\"version\":" + API.version("police.lead", id) + "}";
        assertEquals(
                403,
                API.call("police.practitioner", "POST", "/" + id + "/responses/" + response + "/approval", version)
                        .statusCode(),
                "the decider is not a lead and may not approve");
        assertEquals(
                403,
                API.call("csc.lead", "POST", "/" + id + "/responses/" + response + "/approval", version)
                        .statusCode(),
                "the requesting agency's lead may not approve");
        assertEquals(
                "RELEASED",
                API.ok("police.lead", "POST", "/" + id + "/responses/" + response + "/approval", version)
                        .path("state")
                        .asText());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action = 'DISCLOSE'"
                                + " and target_id = ? and recipient_agency = 'CSC' and actor_username = 'police.lead'",
                        id));
        var released =
                API.ok("csc.practitioner", "GET", "/" + id, null).path("asks").path(0);
        assertEquals("RESPONDED", released.path("status").asText());
        assertTrue(released.path("responses").path(0).path("snapshot").asText().contains("Two call-outs"));
    }

    @Test
    void attachmentsAreForTheRequestsPeopleOnlyAndEveryDownloadIsAudited() {
        String id = API.submittedRequest("OFFICIAL");
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        var up = API.upload("csc.practitioner", id, "../../Strategy notes.pdf", pdf);
        assertEquals(201, up.statusCode(), up.body());
        var created = Tokens.json(up.body());
        assertEquals("Strategy notes.pdf", created.path("fileName").asText());
        String file = created.path("id").asText();

        var download = Http.send(
                HttpRequest.newBuilder(URI.create(Http.appUrl("/api/requests/" + id + "/attachments/" + file)))
                        .header("Authorization", "Bearer " + API.token("police.practitioner"))
                        .GET()
                        .build());
        assertEquals(200, download.statusCode());
        assertEquals(new String(pdf, StandardCharsets.US_ASCII), download.body());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals(1, RequestApiClient.events("DOWNLOAD", "police.practitioner", id));

        var refused = Http.send(
                HttpRequest.newBuilder(URI.create(Http.appUrl("/api/requests/" + id + "/attachments/" + file)))
                        .header("Authorization", "Bearer " + API.token("edu.practitioner"))
                        .GET()
                        .build());
        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains("%PDF"));
        assertEquals(0, RequestApiClient.events("DOWNLOAD", "edu.practitioner", id));
        assertEquals(403, API.upload("edu.practitioner", id, "x.pdf", pdf).statusCode());

        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        var disguised = API.upload("csc.practitioner", id, "invoice.pdf", exe);
        assertEquals(400, disguised.statusCode(), disguised.body());
        assertTrue(Tokens.json(disguised.body()).path("errors").has("file"));
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        var tooBig = API.upload("csc.practitioner", id, "scan.pdf", big);
        assertEquals(400, tooBig.statusCode(), "one byte over the 20 MB default, sent over HTTP");
        assertEquals(
                "The file is too large: choose a smaller one",
                Tokens.json(tooBig.body()).path("errors").path("file").asText(),
                tooBig.body());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.attachment a join portal.info_request r"
                                + " on r.id = a.request_id where r.uuid = ?",
                        id),
                "the refused files were not stored");
        assertEquals(
                0,
                RequestApiClient.count("select count(*) from portal.attachment_content"
                        + " where position(convert_to('%PDF', 'UTF8') in ciphertext) > 0"),
                "stored encrypted");
    }

    @Test
    void aStaleVersionIsRefusedAndOverwritesNothing() {
        String id = API.submittedRequest("OFFICIAL");
        long stale = API.version("police.practitioner", id);
        API.ok("police.practitioner", "POST", "/" + id + "/acknowledgement", "{\"version\":" + stale + "}");
        var second = API.call(
                "police.lead",
                "POST",
                "/" + id + "/clarification-requests",
                "{\"version\":" + stale + ",\"text\":\"Which school?\"}");
        assertEquals(409, second.statusCode(), second.body());
        assertTrue(Tokens.json(second.body()).path("detail").asText().contains("Someone else changed"));
        assertEquals(
                "ACKNOWLEDGED",
                API.ok("police.lead", "GET", "/" + id, null).path("status").asText());
    }

    @Test
    void anIncompleteRequestNamesEveryMissingFieldAndKeepsTheDraft() {
        String id = API.ok("csc.practitioner", "POST", "", null).path("id").asText();
        var refused = API.call("csc.practitioner", "POST", "/" + id + "/submission", "{\"version\":0}");
        assertEquals(400, refused.statusCode(), refused.body());
        var errors = Tokens.json(refused.body()).path("errors");
        for (String field : new String[] {"recipients", "subjects", "questions", "purpose", "urgency"}) {
            assertTrue(errors.has(field), field + " in " + errors);
        }
        assertEquals(
                "DRAFT",
                API.ok("csc.practitioner", "GET", "/" + id, null).path("status").asText());
        var badNhs = API.call(
                "csc.practitioner",
                "POST",
                "/" + id + "/subjects",
                "{\"role\":\"CHILD_AT_RISK\",\"givenName\":\"Ben\",\"familyName\":\"Test\",\"nhsNumber\":\"1234567890\","
                        + "\"dateOfBirth\":\"2099-01-01\"}");
        assertEquals(400, badNhs.statusCode());
        var subjectErrors = Tokens.json(badNhs.body()).path("errors");
        assertTrue(subjectErrors.has("nhsNumber") && subjectErrors.has("dateOfBirth"), subjectErrors.toString());
    }

    @Test
    void scriptInTextIsStoredAsText() {
        String id = API.ok("csc.practitioner", "POST", "", null).path("id").asText();
        var saved = API.ok(
                "csc.practitioner",
                "PUT",
                "/" + id + "/draft",
                RequestApiClient.draft(0, "OFFICIAL")
                        .replace("Any police contact with the household?", "<script>alert('x')</script>"));
        assertEquals(
                "<script>alert('x')</script>", saved.path("questions").path(0).asText());
    }
}
