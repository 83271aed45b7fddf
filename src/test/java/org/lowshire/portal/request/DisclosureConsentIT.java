package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lowshire.portal.request.ConsentFixtures.childWithConsent;
import static org.lowshire.portal.request.ConsentFixtures.response;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Consent at the moment of disclosure, on the real server with real tokens: a release within a recorded consent's
 * scope relies on it; outside it the grounds are required and, where the agency's policy says so, a second person
 * (the lead, never the decider) approves; withdrawal flags the open requests and blocks approving what relied on
 * it; bad consent input is a problem+json naming the field; every step is in the trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisclosureConsentIT {

    private static final RequestApiClient API = new RequestApiClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void withinScopeReliesOnConsentOutsideItNeedsGroundsAndTheLead() {
        String[] c = childWithConsent();
        String inScope = API.acknowledgedRequestAbout(c[0], "HEALTH", "OFFICIAL");
        var shared = API.call(
                "health.practitioner",
                "POST",
                "/" + inScope + "/responses",
                response(API.version("health.practitioner", inScope), "[\"HEALTH\"]", null, "OFFICIAL"));
        assertEquals(201, shared.statusCode(), shared.body());
        assertEquals("RELEASED", Tokens.json(shared.body()).path("state").asText(), "no prompt, no approval");
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.disclosure_consent d join portal.consent c"
                                + " on c.id = d.consent_id join portal.ask_response r on r.id = d.response_id where c.uuid = ?"
                                + " and r.consent_position = 'WITH_CONSENT'",
                        c[1]));
        assertEquals(1, RequestApiClient.events("DISCLOSE", "health.practitioner", inScope));
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.transparency_task t join"
                                + " portal.info_request r on r.id = t.request_id where r.uuid = ? and t.resolution is null",
                        inScope),
                "a deferred 'tell the person' is on the agency's to-do list");

        String outside = API.acknowledgedRequestAbout(c[0], "HEALTH", "OFFICIAL");
        var noGrounds = API.call(
                "health.practitioner",
                "POST",
                "/" + outside + "/responses",
                response(
                        API.version("health.practitioner", outside), "[\"HEALTH\",\"SOCIAL_CARE\"]", null, "OFFICIAL"));
        assertEquals(400, noGrounds.statusCode(), noGrounds.body());
        assertEquals(
                "application/problem+json",
                noGrounds.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Tokens.json(noGrounds.body()).path("errors").has("withoutConsentGrounds"), noGrounds.body());
        assertEquals(
                0,
                RequestApiClient.count(
                        "select count(*) from portal.ask_response r join portal.request_ask a"
                                + " on a.id = r.ask_id join portal.info_request q on q.id = a.request_id where q.uuid = ?",
                        outside),
                "nothing half-done");

        var checkNoGrounds = API.call(
                "health.practitioner",
                "POST",
                "/" + outside + "/responses/check",
                response(
                        API.version("health.practitioner", outside), "[\"HEALTH\",\"SOCIAL_CARE\"]", null, "OFFICIAL"));
        assertEquals(400, checkNoGrounds.statusCode(), "the check page refuses exactly what recording would");
        assertTrue(Tokens.json(checkNoGrounds.body()).path("errors").has("withoutConsentGrounds"));
        var check = API.ok(
                "health.practitioner",
                "POST",
                "/" + outside + "/responses/check",
                response(
                        API.version("health.practitioner", outside),
                        "[\"HEALTH\",\"SOCIAL_CARE\"]",
                        "[\"SIGNIFICANT_HARM\"]",
                        "OFFICIAL"));
        assertTrue(
                check.path("withoutConsent").asBoolean()
                        && check.path("approvalRequired").asBoolean(),
                check.toString());
        assertEquals(
                0,
                RequestApiClient.count(
                        "select count(*) from portal.ask_response r join portal.request_ask a"
                                + " on a.id = r.ask_id join portal.info_request q on q.id = a.request_id where q.uuid = ?",
                        outside),
                "checking records nothing");
        assertEquals(0, RequestApiClient.events("CREATE", "health.practitioner", outside));

        var pending = API.ok(
                "health.practitioner",
                "POST",
                "/" + outside + "/responses",
                response(
                        API.version("health.practitioner", outside),
                        "[\"HEALTH\",\"SOCIAL_CARE\"]",
                        "[\"SIGNIFICANT_HARM\"]",
                        "OFFICIAL"));
        assertEquals("AWAITING_APPROVAL", pending.path("state").asText(), "health's policy: every override approved");
        String id = pending.path("id").asText();
        String v = "{\"version\":" + API.version("health.lead", outside) + "}";
        assertEquals(
                403,
                API.call("health.practitioner", "POST", "/" + outside + "/responses/" + id + "/approval", v)
                        .statusCode(),
                "the decider may not approve");
        assertEquals(
                403,
                API.call("police.lead", "POST", "/" + outside + "/responses/" + id + "/approval", v)
                        .statusCode(),
                "another agency's lead may not approve");
        assertEquals(0, RequestApiClient.events("DISCLOSE", "health.lead", outside));
        assertEquals(
                "RELEASED",
                API.ok("health.lead", "POST", "/" + outside + "/responses/" + id + "/approval", v)
                        .path("state")
                        .asText());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action = 'DISCLOSE'"
                                + " and target_id = ? and actor_username = 'health.lead' and details::text like '%SIGNIFICANT_HARM%'",
                        outside));
    }

    @Test
    void aLeadWhoDecidedCannotApproveTheirOwnOverride() {
        String[] c = childWithConsent();
        String id = API.acknowledgedRequestAbout(c[0], "HEALTH", "OFFICIAL");
        var pending = API.ok(
                "health.lead",
                "POST",
                "/" + id + "/responses",
                response(API.version("health.lead", id), "[\"EDUCATION\"]", "[\"NOT_OBTAINABLE\"]", "OFFICIAL"));
        var own = API.call(
                "health.lead",
                "POST",
                "/" + id + "/responses/" + pending.path("id").asText() + "/approval",
                "{\"version\":" + API.version("health.lead", id) + "}");
        assertEquals(409, own.statusCode(), own.body());
        assertTrue(own.body().contains("Someone other than the person who decided"), own.body());
        assertEquals(0, RequestApiClient.events("DISCLOSE", "health.lead", id));
    }

    @Test
    void withdrawalFlagsOpenRequestsAndStopsApprovingWhatReliedOnIt() {
        String[] c = childWithConsent();
        String released = API.acknowledgedRequestAbout(c[0], "HEALTH", "OFFICIAL");
        API.ok(
                "health.practitioner",
                "POST",
                "/" + released + "/responses",
                response(API.version("health.practitioner", released), "[\"FAMILY_HOUSEHOLD\"]", null, "OFFICIAL"));
        String pending = API.acknowledgedRequestAbout(c[0], "HEALTH", "OFFICIAL_SENSITIVE");
        var waiting = API.ok(
                "health.practitioner",
                "POST",
                "/" + pending + "/responses",
                response(API.version("health.practitioner", pending), "[\"HEALTH\"]", null, "OFFICIAL_SENSITIVE"));
        assertEquals("AWAITING_APPROVAL", waiting.path("state").asText(), "sensitive: the lead approves");

        long version = Tokens.json(API.api("csc.practitioner", "GET", "/api/people/" + c[0] + "/consents", null)
                        .body())
                .path(0)
                .path("version")
                .asLong();
        var withdrawn = API.api(
                "csc.practitioner",
                "POST",
                "/api/consents/" + c[1] + "/withdrawal",
                "{\"version\":" + version + ",\"on\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                        + "\",\"note\":\"Mother phoned\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", Tokens.json(withdrawn.body()).path("status").asText());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where action ="
                                + " 'CONSENT_WITHDRAWN' and target_id = ?",
                        c[1]));
        for (String r : new String[] {c[2], released, pending}) {
            assertEquals(
                    1,
                    RequestApiClient.count(
                            "select count(*) from portal.consent_flag f join portal.info_request"
                                    + " r on r.id = f.request_id where r.uuid = ?",
                            r),
                    "flagged: " + r);
        }
        assertEquals(
                1,
                RequestApiClient.count(
                        "select relied_on from portal.consent_flag f join portal.info_request"
                                + " r on r.id = f.request_id where r.uuid = ?",
                        released));

        var approve = API.call(
                "health.lead",
                "POST",
                "/" + pending + "/responses/" + waiting.path("id").asText() + "/approval",
                "{\"version\":" + API.version("health.lead", pending) + "}");
        assertEquals(409, approve.statusCode(), approve.body());
        assertTrue(approve.body().contains("withdrawn"), approve.body());
        assertEquals(
                "RETURNED",
                API.ok(
                                "health.lead",
                                "POST",
                                "/" + pending + "/responses/"
                                        + waiting.path("id").asText() + "/return",
                                "{\"version\":" + API.version("health.lead", pending) + "}")
                        .path("state")
                        .asText());
        var again = API.call(
                "health.practitioner",
                "POST",
                "/" + pending + "/responses",
                response(API.version("health.practitioner", pending), "[\"HEALTH\"]", null, "OFFICIAL"));
        assertEquals(400, again.statusCode(), "the withdrawn consent no longer covers: grounds needed");
    }

    @Test
    void anAdministratorSetsWhenTheLeadApprovesAndTheNextReleaseFollowsIt() {
        String policy = "/api/agencies/HEALTH/approval-policy";
        long seen = health().path("version").asLong();
        try {
            var changed = putPolicy("portal.admin", seen, "NEVER");
            assertEquals(200, changed.statusCode(), changed.body());
            assertEquals(
                    1,
                    RequestApiClient.count("select count(*) from portal.audit_event where action = 'UPDATE'"
                            + " and target_type = 'AGENCY' and target_id = 'HEALTH' and actor_username = 'portal.admin'"
                            + " and details::text like '%ALWAYS%' and details::text like '%NEVER%'"));
            var stale = putPolicy("portal.admin", seen, "SENSITIVE_ONLY");
            assertEquals(409, stale.statusCode(), "a second administrator's stale page overwrites nothing");
            assertEquals("NEVER", health().path("overrideApproval").asText());

            String[] c = childWithConsent();
            String id = API.acknowledgedRequestAbout(c[0], "HEALTH", "OFFICIAL");
            assertEquals(
                    "RELEASED",
                    API.ok(
                                    "health.practitioner",
                                    "POST",
                                    "/" + id + "/responses",
                                    response(
                                            API.version("health.practitioner", id),
                                            "[\"EDUCATION\"]",
                                            "[\"SIGNIFICANT_HARM\"]",
                                            "OFFICIAL"))
                            .path("state")
                            .asText(),
                    "policy now NEVER: released without the lead");

            assertEquals(
                    403,
                    putPolicy("health.lead", health().path("version").asLong(), "NEVER")
                            .statusCode(),
                    "only administrators set the policy");
            assertEquals(
                    403,
                    Http.json("PUT", Http.appUrl(policy), API.token("health.lead"), "{}")
                            .statusCode(),
                    "refused before the body is looked at");
            assertEquals(
                    2,
                    RequestApiClient.count("select count(*) from portal.audit_event where action ="
                            + " 'ACCESS_DENIED' and target_type = 'AGENCY' and actor_username = 'health.lead'"));
            var missing = Http.json(
                    "PUT",
                    Http.appUrl(policy),
                    API.token("portal.admin"),
                    "{\"version\":" + health().path("version").asLong() + ",\"sensitiveNeedsApproval\":true}");
            assertEquals(400, missing.statusCode(), missing.body());
            assertTrue(Tokens.json(missing.body()).path("errors").has("overrideApproval"), missing.body());
        } finally {
            assertEquals(
                    200,
                    putPolicy("portal.admin", health().path("version").asLong(), "ALWAYS")
                            .statusCode());
        }
        assertEquals("ALWAYS", health().path("overrideApproval").asText(), "back as the other tests expect it");
    }

    private static HttpResponse<String> putPolicy(String user, long version, String override) {
        return Http.json(
                "PUT",
                Http.appUrl("/api/agencies/HEALTH/approval-policy"),
                API.token(user),
                "{\"version\":" + version + ",\"sensitiveNeedsApproval\":true,\"overrideApproval\":\"" + override
                        + "\"}");
    }

    private static JsonNode health() {
        for (JsonNode a :
                Tokens.json(Http.json("GET", Http.appUrl("/api/agencies"), API.token("health.practitioner"), null)
                        .body())) {
            if (a.path("code").asText().equals("HEALTH")) {
                return a;
            }
        }
        throw new AssertionError("no HEALTH agency");
    }
}
