package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The people half of the named regression tests (issue 10 cases 1, 4 and 7, and self-review): finding and linking
 * a child, whose consents a user sees and changes, what the reports name. One named regression test for each cross-agency case that got through before the need-to-know policy was held in
 * one place (issue 10), run with real tokens against the real server. Each failed on the code before it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleNeedToKnowIT {

    private static final RequestApiClient API = new RequestApiClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void case1_aPractitionerLinksAKnownChildOnlyWithIdentifiersAndLearnsNothingMore() {
        String cscRequest = API.submittedRequest("OFFICIAL");
        String child = API.personOf(cscRequest);
        String consent = API.cscConsent(child, null);
        String draft = API.ok("edu.practitioner", "POST", "", null).path("id").asText();

        var byId = API.call(
                "edu.practitioner",
                "POST",
                "/" + draft + "/subjects",
                "{\"role\":\"CHILD_AT_RISK\",\"existingPerson\":\"" + child + "\"}");
        assertEquals(400, byId.statusCode(), "a record id is not an identifier: " + byId.body());
        assertEquals(
                0,
                RequestApiClient.count(
                        "select count(*) from portal.request_subject s join portal.person p"
                                + " on p.id = s.person_id join portal.info_request r on r.id = s.request_id where p.uuid = ?"
                                + " and r.uuid = ?",
                        child,
                        draft));

        String nameOnly = "{\"role\":\"CHILD_AT_RISK\",\"givenName\":\"Ada\",\"familyName\":\""
                + RequestApiClient.familyName(child) + "\",\"dateOfBirth\":\"2015-04-01\"}";
        var noIdentifier = API.call("edu.practitioner", "POST", "/" + draft + "/person-matches", nameOnly);
        assertEquals(400, noIdentifier.statusCode(), noIdentifier.body());
        assertTrue(Tokens.json(noIdentifier.body()).path("errors").has("nhsNumber"), noIdentifier.body());

        String identifiers = RequestApiClient.linkBody(child).replace("\"link\":\"OWN_CASEWORK\"", "\"link\":null");
        var match = API.call("edu.practitioner", "POST", "/" + draft + "/person-matches", identifiers);
        assertEquals(200, match.statusCode(), match.body());
        assertEquals("{\"exists\":true}", match.body().replace(" ", ""), "the answer is only that a record exists");
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action = 'SEARCH'"
                                + " and actor_username = 'edu.practitioner' and ? = any(person_ids)",
                        child),
                "the search names what it found, so it counts towards bulk access");

        var linked = API.call("edu.practitioner", "POST", "/" + draft + "/subjects", RequestApiClient.linkBody(child));
        assertEquals(200, linked.statusCode(), linked.body());
        assertEquals(
                child,
                Tokens.json(linked.body())
                        .path("subjects")
                        .path(0)
                        .path("person")
                        .asText());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action = 'UPDATE'"
                                + " and actor_username = 'edu.practitioner' and target_id = ? and details->>'reason' = 'OWN_CASEWORK'"
                                + " and details->>'linked' = ?",
                        draft,
                        child),
                "the link is audited with its reason");

        var consents = API.api("edu.practitioner", "GET", "/api/people/" + child + "/consents", null);
        assertEquals(200, consents.statusCode(), consents.body());
        assertEquals("[]", consents.body().strip(), "another agency's consent stays out of view: " + consents.body());
        var receipt =
                Http.sendBytes(HttpRequest.newBuilder(URI.create(Http.appUrl("/api/consents/" + consent + "/receipt")))
                        .header("Authorization", "Bearer " + API.token("edu.practitioner"))
                        .header("Accept", "application/pdf")
                        .GET()
                        .build());
        assertEquals(403, receipt.statusCode());
        assertEquals(1, RequestApiClient.denials("edu.practitioner", consent));
        assertFalse(linked.body().contains(cscRequest), "nothing of the CSC request");
        var history = API.call("edu.practitioner", "GET", "/" + draft + "/history", null);
        assertEquals(200, history.statusCode(), history.body());
        assertFalse(history.body().contains("csc.practitioner"), "the child's record history names nobody elsewhere");
        assertFalse(history.body().contains("\"CSC\""), history.body());
    }

    @Test
    void case4_onlyTheAgencyThatRecordedAConsentCorrectsOrWithdrawsIt() {
        String first = API.submittedRequest("OFFICIAL");
        String child = API.personOf(first);
        String consent = API.cscConsent(child, null);
        String shared = API.acknowledgedRequestAbout(child, "HEALTH", "OFFICIAL");
        var seen = API.api("health.practitioner", "GET", "/api/people/" + child + "/consents", null);
        assertEquals(200, seen.statusCode());
        assertTrue(seen.body().contains(consent), "visible through the request both agencies share");
        var widened = API.api("health.practitioner", "PUT", "/api/consents/" + consent, """
                {"version":0,"kind":"DATA_PROTECTION","status":"GIVEN","statusOn":"2026-01-05",
                 "givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Bea Testparent","giverRelationship":"Mother",
                 "purposes":["CHILD_PROTECTION_ENQUIRY"],"allAgencies":true,"categories":["FAMILY_HOUSEHOLD","HEALTH"],
                 "method":"WRITTEN"}""");
        assertEquals(403, widened.statusCode(), widened.body());
        var withdrawn = API.api(
                "health.practitioner",
                "POST",
                "/api/consents/" + consent + "/withdrawal",
                "{\"version\":0,\"on\":\"2026-02-01\"}");
        assertEquals(403, withdrawn.statusCode());
        assertEquals(2, RequestApiClient.denials("health.practitioner", consent));
        assertEquals(
                0,
                RequestApiClient.count(
                        "select count(*) from portal.consent where uuid = ? and"
                                + " (all_agencies or status <> 'GIVEN')",
                        consent),
                "unchanged");
        var own = API.api("health.practitioner", "POST", "/api/people/" + child + "/consents", """
                {"kind":"DATA_PROTECTION","status":"GIVEN","statusOn":"2026-01-05","givenBy":"PARENTAL_RESPONSIBILITY",
                 "giverName":"Bea Testparent","giverRelationship":"Mother","purposes":["CHILD_PROTECTION_ENQUIRY"],
                 "agencies":["CSC"],"categories":["HEALTH"],"method":"WRITTEN"}""");
        assertEquals(201, own.statusCode(), "another agency records its own evidence: " + own.body());
        var release = API.call("health.practitioner", "POST", "/" + shared + "/responses", """
                {"version":%d,"outcome":"SHARE_IN_FULL","answers":{"1":"Known to the service","2":"Nothing held"},
                 "reasons":"Needed to protect the child","whatReleased":"Health visits","dataCategories":["HEALTH"],
                 "necessity":"Needed for the strategy discussion","art6":["PUBLIC_TASK"],
                 "condition":"SCH1_PARA18_SAFEGUARDING","justification":"Safeguarding a child","informed":"YES",
                 "marking":"OFFICIAL"}""".formatted(
                        API.version("health.practitioner", shared)));
        assertEquals(201, release.statusCode(), release.body());
        assertEquals(
                "AWAITING_APPROVAL",
                Tokens.json(release.body()).path("state").asText(),
                "relying on consent the deciding agency recorded after the request was sent needs its lead");
    }

    @Test
    void case7_consentReportsNameNobodyForIgAndTheirSearchNamesThePeopleListed() {
        String child = API.personOf(API.submittedRequest("OFFICIAL"));
        String soon = LocalDate.now(ZoneId.of("Europe/London")).plusDays(10).toString();
        API.cscConsent(child, soon);
        String family = RequestApiClient.familyName(child);
        var ig = API.api("ig.officer", "GET", "/api/consent-reports?days=30", null);
        assertEquals(200, ig.statusCode(), ig.body());
        assertTrue(ig.body().contains(child), "listed by reference");
        assertFalse(ig.body().contains(family), "but never by name for IG: " + ig.body());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action = 'SEARCH'"
                                + " and actor_username = 'ig.officer' and target_type = 'CONSENT_REPORT' and ? = any(person_ids)",
                        child),
                "the report's SEARCH names the people it listed");
        var lead = API.api("csc.lead", "GET", "/api/consent-reports?days=30", null);
        assertTrue(lead.body().contains(family), "the lead of the recording agency sees the name");
    }

    @Test
    void anIgOfficerCannotAcknowledgeAnAlertAboutThemselves() {
        long mine = RequestApiClient.count("insert into portal.audit_alert (rule, actor_username, actor_agency,"
                + " window_start, window_end, event_count, raised_at) values ('BULK_VIEWS', 'ig.officer', 'CSC',"
                + " now() - interval '3 hours', now() - interval '170 minutes', 60, now()) returning id");
        var refused = Http.json(
                "POST",
                Http.appUrl("/api/audit/alerts/" + mine + "/acknowledgement"),
                API.token("ig.officer"),
                "{\"note\":\"Looked at it myself\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(1, RequestApiClient.denials("ig.officer", Long.toString(mine)));
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_alert where id = ?" + " and status = 'OPEN'", mine),
                "still open for another officer");
    }

    @Test
    void aWithdrawnConsentFlagsOnlyTheRequestsItsAgencyTakesPartIn() {
        String cscRequest = API.submittedRequest("OFFICIAL");
        String child = API.personOf(cscRequest);
        String consent = API.cscConsent(child, null);
        String eduDraft =
                API.ok("edu.practitioner", "POST", "", null).path("id").asText();
        API.ok("edu.practitioner", "POST", "/" + eduDraft + "/subjects", RequestApiClient.linkBody(child));
        var withdrawn = API.api(
                "csc.practitioner",
                "POST",
                "/api/consents/" + consent + "/withdrawal",
                "{\"version\":0,\"on\":\"2026-02-01\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals(1, flags(cscRequest), "the request CSC raised is flagged");
        assertEquals(0, flags(eduDraft), "education's draft is not: it would learn that CSC had a consent");
    }

    private static long flags(String request) {
        return RequestApiClient.count(
                "select count(*) from portal.consent_flag f join portal.info_request r on r.id = f.request_id"
                        + " where r.uuid = ?",
                request);
    }

    @Test
    void personSearchesAreLimitedPerUser() {
        String draft =
                API.ok("health.practitioner", "POST", "", null).path("id").asText();
        String search = """
                {"role":"CHILD_AT_RISK","givenName":"Nobody","familyName":"Searchlimitchild","dateOfBirth":"2012-01-02",
                 "address":"2 Test Lane, Lowshire LW2 2BB"}""";
        for (int i = 0; i < 20; i++) {
            var r = API.call("health.practitioner", "POST", "/" + draft + "/person-matches", search);
            assertEquals(200, r.statusCode(), i + ": " + r.body());
            assertEquals("{\"exists\":false}", r.body().replace(" ", ""));
        }
        var limited = API.call("health.practitioner", "POST", "/" + draft + "/person-matches", search);
        assertEquals(429, limited.statusCode(), limited.body());
        assertTrue(Tokens.json(limited.body()).path("detail").asText().contains("too often"), limited.body());
        assertEquals(
                20,
                RequestApiClient.count("select count(*) from portal.audit_event where action = 'SEARCH'"
                        + " and actor_username = 'health.practitioner' and details->>'kind' = 'person-match'"),
                "every search the limit let through is in the trail, the refused one ran no search");
    }
}
