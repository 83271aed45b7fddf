package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lowshire.portal.request.ConsentFixtures.childWithConsent;
import static org.lowshire.portal.request.ConsentFixtures.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Consent records on the real server: bad input refused by field with nothing saved, strangers refused and
 * recorded, the signed consent document kept with its consent (stored encrypted, every download audited), and what
 * follows a release: the deferred 'tell the person' to-do and the consent reports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentRecordsIT {

    private static final RequestApiClient API = new RequestApiClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void badConsentInputIsRefusedByFieldAndStrangersAreDenied() {
        String[] c = childWithConsent();
        var expiry = API.api("csc.practitioner", "POST", "/api/people/" + c[0] + "/consents", """
                {"kind":"DATA_PROTECTION","status":"GIVEN","statusOn":"2026-01-05","givenBy":"PARENTAL_RESPONSIBILITY",
                 "giverName":"Bea Testparent","giverRelationship":"Mother","purposes":["EARLY_HELP"],
                 "allAgencies":true,"categories":["EDUCATION"],"method":"VERBAL","expiresOn":"2026-01-01"}""");
        assertEquals(400, expiry.statusCode(), expiry.body());
        assertEquals(
                "application/problem+json",
                expiry.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Tokens.json(expiry.body()).path("errors").has("expiresOn"), expiry.body());
        var competence = API.api("csc.practitioner", "POST", "/api/people/" + c[0] + "/consents", """
                {"kind":"DATA_PROTECTION","status":"GIVEN","statusOn":"2026-01-05","givenBy":"CHILD",
                 "purposes":["EARLY_HELP"],"allAgencies":true,"categories":["EDUCATION"],"method":"VERBAL"}""");
        assertEquals(400, competence.statusCode(), competence.body());
        assertTrue(Tokens.json(competence.body()).path("errors").has("competence"), competence.body());
        assertEquals(
                1,
                Tokens.json(API.api("csc.practitioner", "GET", "/api/people/" + c[0] + "/consents", null)
                                .body())
                        .size(),
                "nothing was saved by the refusals");

        var stranger = API.api("edu.practitioner", "GET", "/api/people/" + c[0] + "/consents", null);
        assertEquals(403, stranger.statusCode());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action = 'ACCESS_DENIED'"
                                + " and actor_username = 'edu.practitioner' and target_id = ?",
                        c[0]));

        HttpResponse<byte[]> receipt =
                Http.sendBytes(HttpRequest.newBuilder(URI.create(Http.appUrl("/api/consents/" + c[1] + "/receipt")))
                        .header("Authorization", "Bearer " + API.token("csc.practitioner"))
                        .header("Accept", "application/pdf")
                        .GET()
                        .build());
        assertEquals(200, receipt.statusCode());
        assertEquals("%PDF", new String(receipt.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action = 'EXPORT'" + " and target_id = ?",
                        c[1]));
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action ="
                                + " 'CONSENT_RECORDED' and target_id = ?",
                        c[1]));
    }

    @Test
    void theSignedConsentDocumentIsKeptWithTheConsentAndEveryDownloadIsAudited() {
        String[] c = childWithConsent();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String docs = "/api/consents/" + c[1] + "/documents";
        var up = API.uploadTo("csc.practitioner", docs, "Signed consent form.pdf", pdf);
        assertEquals(201, up.statusCode(), up.body());
        String doc = Tokens.json(up.body()).path("id").asText();
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action = 'UPDATE'"
                                + " and target_id = ? and details::text like ?",
                        c[1],
                        "%" + doc + "%"));
        assertEquals(
                0,
                RequestApiClient.count(
                        "select count(*) from portal.attachment_content t join"
                                + " portal.attachment a on a.id = t.attachment_id where a.uuid = ? and position('%PDF' in"
                                + " encode(t.ciphertext, 'escape')) > 0",
                        doc),
                "stored encrypted");

        HttpResponse<byte[]> down = Http.sendBytes(HttpRequest.newBuilder(URI.create(Http.appUrl(docs + "/" + doc)))
                .header("Authorization", "Bearer " + API.token("csc.practitioner"))
                .GET()
                .build());
        assertEquals(200, down.statusCode());
        assertTrue(java.util.Arrays.equals(pdf, down.body()), "the same bytes come back");
        assertTrue(down.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals(1, RequestApiClient.events("DOWNLOAD", "csc.practitioner", c[1]));

        var exe = API.uploadTo("csc.practitioner", docs, "consent.pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3});
        assertEquals(400, exe.statusCode(), "a renamed program is refused by content");
        assertTrue(Tokens.json(exe.body()).path("errors").has("file"), exe.body());
        assertEquals(403, API.uploadTo("edu.practitioner", docs, "x.pdf", pdf).statusCode());
        assertEquals(
                403,
                Http.sendBytes(HttpRequest.newBuilder(URI.create(Http.appUrl(docs + "/" + doc)))
                                .header("Authorization", "Bearer " + API.token("edu.practitioner"))
                                .GET()
                                .build())
                        .statusCode());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.attachment where consent_id ="
                                + " (select id from portal.consent where uuid = ?)",
                        c[1]),
                "only the accepted file is kept");
    }

    @Test
    void deferredTellingIsAToDoUntilResolvedAndReportsCountOverrides() {
        String[] c = childWithConsent();
        String id = API.acknowledgedRequestAbout(c[0], "HEALTH", "OFFICIAL");
        API.ok(
                "health.practitioner",
                "POST",
                "/" + id + "/responses",
                response(API.version("health.practitioner", id), "[\"HEALTH\"]", null, "OFFICIAL"));
        JsonNode tasks = Tokens.json(
                API.api("health.practitioner", "GET", "/api/transparency", null).body());
        long task = -1;
        for (JsonNode t : tasks) {
            if (t.path("request").asText().equals(id)) {
                task = t.path("id").asLong();
            }
        }
        assertTrue(task > 0, tasks.toString());
        String reference = API.ok("health.practitioner", "GET", "/" + id, null)
                .path("reference")
                .asText();
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action = 'SEARCH'"
                                + " and actor_username = 'health.practitioner' and target_type = 'TRANSPARENCY_TASK'"
                                + " and ? = any(person_ids) and details::text like ?",
                        c[0],
                        "%" + reference + "%"),
                "the to-do list shows the request and the reason: reading it is audited, naming the person");
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        var noReason = API.api(
                "health.practitioner",
                "POST",
                "/api/transparency/" + task,
                "{\"resolution\":\"NOT_INFORMED\",\"on\":\"" + today + "\"}");
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(Tokens.json(noReason.body()).path("errors").has("resolutionNote"), noReason.body());
        assertEquals(
                403,
                API.api(
                                "edu.practitioner",
                                "POST",
                                "/api/transparency/" + task,
                                "{\"resolution\":\"INFORMED\",\"on\":\"" + today + "\"}")
                        .statusCode(),
                "not their agency's");
        assertEquals(
                200,
                API.api(
                                "health.practitioner",
                                "POST",
                                "/api/transparency/" + task,
                                "{\"resolution\":\"INFORMED\",\"on\":\"" + today + "\",\"note\":\"Told the mother\"}")
                        .statusCode());
        assertEquals(
                0,
                RequestApiClient.count(
                        "select count(*) from portal.transparency_task where id = ? and" + " resolution is null",
                        task));

        String override = API.acknowledgedRequestAbout(c[0], "HEALTH", "OFFICIAL");
        API.ok(
                "health.practitioner",
                "POST",
                "/" + override + "/responses",
                response(
                        API.version("health.practitioner", override),
                        "[\"EDUCATION\"]",
                        "[\"INCREASE_RISK\"]",
                        "OFFICIAL"));
        JsonNode report = Tokens.json(API.api("health.lead", "GET", "/api/consent-reports?days=30", null)
                .body());
        assertEquals("HEALTH", report.path("agencyScope").asText());
        assertTrue(
                report.path("awaiting")
                        .toString()
                        .contains(API.ok("health.lead", "GET", "/" + override, null)
                                .path("reference")
                                .asText()),
                report.toString());
        assertTrue(report.path("disclosures").toString().contains("WITH_CONSENT"), report.toString());
        JsonNode all = Tokens.json(
                API.api("ig.officer", "GET", "/api/consent-reports", null).body());
        assertEquals("", all.path("agencyScope").asText());
        assertEquals(
                400,
                API.api("health.lead", "GET", "/api/consent-reports?days=0", null)
                        .statusCode());
        assertEquals(
                403,
                API.api("health.practitioner", "GET", "/api/consent-reports", null)
                        .statusCode());
    }
}
