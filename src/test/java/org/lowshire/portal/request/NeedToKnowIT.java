package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;

/**
 * One named regression test for each cross-agency case that got through before the need-to-know policy was held in
 * one place (issue 10), run with real tokens against the real server. Each failed on the code before it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NeedToKnowIT {

    private static final RequestApiClient API = new RequestApiClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void case2_aDraftWithdrawnBeforeSendingIsStillItsAuthorsAlone() {
        String id = API.ok("csc.practitioner", "POST", "", null).path("id").asText();
        API.ok("csc.practitioner", "PUT", "/" + id + "/draft", RequestApiClient.draft(0, "OFFICIAL"));
        API.ok("csc.practitioner", "POST", "/" + id + "/subjects", """
                {"role":"CHILD_AT_RISK","givenName":"Wyn","familyName":"Withdrawnchild","dateOfBirth":"2016-02-03"}""");
        String person = API.personOf(id);
        API.ok(
                "csc.practitioner",
                "POST",
                "/" + id + "/withdrawal",
                "{\"version\":" + API.version("csc.practitioner", id) + ",\"text\":\"Raised by mistake\"}");
        assertEquals(200, API.call("csc.practitioner", "GET", "/" + id, null).statusCode());
        for (String user : new String[] {"police.practitioner", "police.lead", "csc.lead"}) {
            var r = API.call(user, "GET", "/" + id, null);
            assertEquals(403, r.statusCode(), user);
            assertFalse(r.body().contains("Withdrawnchild"));
            assertEquals(
                    403,
                    API.api(user, "GET", "/api/people/" + person + "/consents", null)
                            .statusCode(),
                    user);
        }
        assertEquals(
                0,
                RequestApiClient.count(
                        "select count(*) from portal.request_ask a join portal.info_request r"
                                + " on r.id = a.request_id where r.uuid = ? and r.submitted_at is not null",
                        id),
                "never sent, so in no agency's inbox");
    }

    @Test
    void case3_aRespondersFileIsReleasedWithItsResponseAndItsDisclosure() {
        String id = API.submittedRequest("OFFICIAL_SENSITIVE");
        long v = API.ok(
                        "police.practitioner",
                        "POST",
                        "/" + id + "/acknowledgement",
                        "{\"version\":" + API.version("police.practitioner", id) + "}")
                .path("version")
                .asLong();
        var up = API.upload("police.practitioner", id, "Call-out log.pdf", RequestApiClient.PDF);
        assertEquals(201, up.statusCode(), up.body());
        String file = Tokens.json(up.body()).path("id").asText();
        assertEquals(403, download("csc.practitioner", id, file), "not before a decision is recorded");
        assertEquals(1, RequestApiClient.denials("csc.practitioner", id));
        assertEquals(200, download("police.practitioner", id, file), "its own agency has it");
        var check = API.ok(
                "police.practitioner",
                "POST",
                "/" + id + "/responses/check",
                RequestApiClient.shareInPart(API.version("police.practitioner", id)));
        assertEquals("Call-out log.pdf", check.path("files").path(0).asText(), "the check page lists the file");

        var pending = API.ok(
                "police.practitioner",
                "POST",
                "/" + id + "/responses",
                RequestApiClient.shareInPart(API.version("police.practitioner", id)));
        assertEquals("AWAITING_APPROVAL", pending.path("state").asText());
        assertEquals(403, download("csc.practitioner", id, file), "not while the lead has still to approve");
        API.ok(
                "police.lead",
                "POST",
                "/" + id + "/responses/" + pending.path("id").asText() + "/approval",
                "{\"version\":" + API.version("police.lead", id) + "}");
        assertEquals(200, download("csc.practitioner", id, file), "released with the approved response");
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action = 'DISCLOSE'"
                                + " and target_id = ? and (details->'files') @> jsonb_build_array(?::text)",
                        id,
                        file),
                "the disclosure names the file");
    }

    private static int download(String user, String id, String file) {
        return Http.send(HttpRequest.newBuilder(URI.create(Http.appUrl("/api/requests/" + id + "/attachments/" + file)))
                        .header("Authorization", "Bearer " + API.token(user))
                        .GET()
                        .build())
                .statusCode();
    }

    @Test
    void case5_aRespondingAgencyReadsTheHistoryOnlyFromWhenTheRequestWasSent() {
        String id = API.ok("csc.practitioner", "POST", "", null).path("id").asText();
        API.ok(
                "csc.practitioner",
                "PUT",
                "/" + id + "/draft",
                RequestApiClient.draft(0, "OFFICIAL")
                        .replace("Decide whether a strategy discussion is needed", "Typed-then-removed-purpose"));
        API.ok(
                "csc.practitioner",
                "PUT",
                "/" + id + "/draft",
                RequestApiClient.draft(API.version("csc.practitioner", id), "OFFICIAL"));
        API.ok("csc.practitioner", "POST", "/" + id + "/subjects", """
                {"role":"CHILD_AT_RISK","givenName":"Hal","familyName":"Historychild","dateOfBirth":"2014-05-06"}""");
        API.ok(
                "csc.practitioner",
                "POST",
                "/" + id + "/submission",
                "{\"version\":" + API.version("csc.practitioner", id) + "}");
        var mine = API.call("csc.practitioner", "GET", "/" + id + "/history", null);
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("Typed-then-removed-purpose"), "the requester keeps the whole history");
        var theirs = API.call("police.practitioner", "GET", "/" + id + "/history", null);
        assertEquals(200, theirs.statusCode(), theirs.body());
        assertFalse(theirs.body().contains("Typed-then-removed-purpose"), theirs.body());
        assertTrue(theirs.body().contains("SUBMITTED"), "from the moment it was sent: " + theirs.body());
    }

    @Test
    void case6_aRespondingAgencySeesNeitherAnotherAgencysPartNorItsStaff() throws Exception {
        String id = API.ok("csc.practitioner", "POST", "", null).path("id").asText();
        API.ok(
                "csc.practitioner",
                "PUT",
                "/" + id + "/draft",
                RequestApiClient.draft(0, "OFFICIAL").replace("[\"POLICE\"]", "[\"POLICE\",\"HEALTH\"]"));
        API.ok("csc.practitioner", "POST", "/" + id + "/subjects", """
                {"role":"CHILD_AT_RISK","givenName":"Tam","familyName":"Twoagencychild","dateOfBirth":"2013-07-08"}""");
        API.ok(
                "csc.practitioner",
                "POST",
                "/" + id + "/submission",
                "{\"version\":" + API.version("csc.practitioner", id) + "}");
        API.ok(
                "health.practitioner",
                "POST",
                "/" + id + "/acknowledgement",
                "{\"version\":" + API.version("health.practitioner", id) + "}");
        JsonNode police = API.ok("police.practitioner", "GET", "/" + id, null);
        assertEquals(1, police.path("asks").size());
        assertEquals("POLICE", police.path("asks").path(0).path("agency").asText());
        String body = police.toString();
        assertFalse(body.contains("HEALTH"), body);
        assertFalse(body.contains("Priya Shah"), "no staff of another agency: " + body);
        var history = API.call("police.practitioner", "GET", "/" + id + "/history", null);
        assertEquals(200, history.statusCode(), history.body());
        assertFalse(history.body().contains("health.practitioner"), "nor in the history: " + history.body());
        assertFalse(history.body().contains("HEALTH"), history.body());
        assertTrue(
                API.ok("csc.practitioner", "GET", "/" + id + "/history", null)
                        .toString()
                        .contains("health.practitioner"),
                "the requester's history has it");
        assertEquals(
                2,
                API.ok("csc.practitioner", "GET", "/" + id, null).path("asks").size(),
                "the requester sees both");
        var copy = Http.sendBytes(HttpRequest.newBuilder(URI.create(Http.appUrl("/api/requests/" + id + "/copy")))
                .header("Authorization", "Bearer " + API.token("police.practitioner"))
                .GET()
                .build());
        assertEquals(200, copy.statusCode());
        var reader = new com.lowagie.text.pdf.PdfReader(copy.body());
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        String health = agencyName("HEALTH");
        String policeName = agencyName("POLICE");
        assertTrue(text.contains(policeName), text);
        assertFalse(text.contains(health), "the copy names only the agency's own part: " + text);
    }

    private static String agencyName(String code) {
        for (JsonNode a : Tokens.json(
                API.api("csc.practitioner", "GET", "/api/agencies", null).body())) {
            if (a.path("code").asText().equals(code)) {
                return a.path("name").asText();
            }
        }
        throw new IllegalStateException(code);
    }

    @Test
    void aSensitiveRequestAnsweredAsOfficialWaitsForTheLeadToApproveTheDowngrade() {
        String id = API.submittedRequest("OFFICIAL_SENSITIVE");
        API.ok(
                "police.practitioner",
                "POST",
                "/" + id + "/acknowledgement",
                "{\"version\":" + API.version("police.practitioner", id) + "}");
        String body = RequestApiClient.shareInPart(API.version("police.practitioner", id))
                .replace("\"marking\":\"OFFICIAL_SENSITIVE\"", "\"marking\":\"OFFICIAL\"");
        var check = API.ok("police.practitioner", "POST", "/" + id + "/responses/check", body);
        assertTrue(check.path("downgrade").asBoolean(), "the check page says why: " + check);
        assertTrue(check.path("approvalRequired").asBoolean());
        var downgraded = API.ok(
                "police.practitioner",
                "POST",
                "/" + id + "/responses",
                RequestApiClient.shareInPart(API.version("police.practitioner", id))
                        .replace("\"marking\":\"OFFICIAL_SENSITIVE\"", "\"marking\":\"OFFICIAL\""));
        assertEquals("AWAITING_APPROVAL", downgraded.path("state").asText());
        assertEquals(0, RequestApiClient.events("DISCLOSE", "police.practitioner", id));
        assertEquals(
                0,
                API.ok("csc.practitioner", "GET", "/" + id, null)
                        .path("asks")
                        .path(0)
                        .path("responses")
                        .size());
    }

    @Test
    void anAuthorWhoMovesAgencyKeepsNothingOfTheOldOne() throws Exception {
        String id = API.submittedRequest("OFFICIAL");
        String users = TestStack.config().keycloakUrl() + "/admin/realms/safeguarding/users";
        String admin = Tokens.adminToken();
        JsonNode user = Tokens.json(
                        Http.get(users + "?username=csc.practitioner&exact=true", "Authorization", "Bearer " + admin)
                                .body())
                .path(0);
        var mapper = new ObjectMapper();
        ObjectNode moved = user.deepCopy();
        moved.putObject("attributes").putArray("agency").add("EDU");
        try {
            assertEquals(204, put(users + "/" + user.path("id").asText(), admin, mapper.writeValueAsString(moved)));
            String token = Tokens.accessToken("csc.practitioner");
            var r = Http.json("GET", Http.appUrl("/api/requests/" + id), token, null);
            assertEquals(403, r.statusCode(), "the request stays with CSC: " + r.body());
            assertEquals(1, RequestApiClient.denials("csc.practitioner", id));
        } finally {
            assertEquals(
                    204,
                    put(users + "/" + user.path("id").asText(), Tokens.adminToken(), mapper.writeValueAsString(user)));
        }
        assertEquals(
                200,
                Http.json("GET", Http.appUrl("/api/requests/" + id), Tokens.accessToken("csc.practitioner"), null)
                        .statusCode(),
                "back in CSC, back in the request");
    }

    private static int put(String url, String token, String json) {
        return Http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build())
                .statusCode();
    }
}
