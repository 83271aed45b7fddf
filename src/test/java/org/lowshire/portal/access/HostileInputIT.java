package org.lowshire.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.request.RequestApiClient;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.HostileValues;
import org.lowshire.portal.support.Tokens;

/**
 * Every text field of every creating or updating REST call, with every hostile value ({@link HostileValues}): no
 * 5xx; a value within the field's limit is stored and read back exactly as typed (stripped) or refused by its field,
 * a value over the limit is refused by its field. One row per field: adding a field is one line in {@link #FIELDS}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final RequestApiClient API = new RequestApiClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a field is sent: each kind knows its call, its base body and how to read a stored value back. */
    enum Kind {
        DRAFT,
        QUESTION,
        SUBJECT,
        CONSENT,
        RESPONSE_CHECK,
        WITHDRAWAL,
        CONSENT_WITHDRAWAL,
        CLARIFICATION
    }

    /** One field: its JSON name, its kind, its limit, the field its refusal names, the column it is stored in. */
    record Field(String name, Kind kind, int max, String errorKey, String column) {}

    static final List<Field> FIELDS = List.of(
            new Field("purpose", Kind.DRAFT, 2000, "purpose", "purpose"),
            new Field("childViews", Kind.DRAFT, 2000, "childViews", "child_views"),
            new Field("viewsHowObtained", Kind.DRAFT, 500, "viewsHowObtained", "views_how_obtained"),
            new Field("viewsNotObtained", Kind.DRAFT, 500, "viewsNotObtained", "views_not_obtained"),
            new Field("identitiesToProtect", Kind.DRAFT, 1000, "identitiesToProtect", "identities_to_protect"),
            new Field("justification", Kind.DRAFT, 2000, "justification", "lawful_basis_justification"),
            new Field("questions", Kind.QUESTION, 1000, "question0", "text"),
            new Field("givenName", Kind.SUBJECT, 100, "givenName", "given_name"),
            new Field("familyName", Kind.SUBJECT, 100, "familyName", "family_name"),
            new Field("address", Kind.SUBJECT, 300, "address", "address"),
            new Field("nhsNumber", Kind.SUBJECT, 10, "nhsNumber", null),
            new Field("giverName", Kind.CONSENT, 200, "giverName", "giver_name"),
            new Field("giverRelationship", Kind.CONSENT, 100, "giverRelationship", "giver_relationship"),
            new Field("competenceAssessedBy", Kind.CONSENT, 200, "competenceAssessedBy", "competence_assessed_by"),
            new Field("competenceNotes", Kind.CONSENT, 1000, "competenceNotes", "competence_notes"),
            new Field("documentReference", Kind.CONSENT, 200, "documentReference", "document_reference"),
            new Field("notSoughtReason", Kind.CONSENT, 1000, "notSoughtReason", "not_sought_reason"),
            new Field("verifiedBy", Kind.CONSENT, 200, "verifiedBy", "verified_by"),
            new Field("reasons", Kind.RESPONSE_CHECK, 4000, "reasons", null),
            new Field("whatReleased", Kind.RESPONSE_CHECK, 4000, "whatReleased", null),
            new Field("necessity", Kind.RESPONSE_CHECK, 4000, "necessity", null),
            new Field("withoutConsentReason", Kind.RESPONSE_CHECK, 2000, "withoutConsentReason", null),
            new Field("notInformedReason", Kind.RESPONSE_CHECK, 1000, "notInformedReason", null),
            new Field("views", Kind.RESPONSE_CHECK, 2000, "views", null),
            new Field("advice", Kind.RESPONSE_CHECK, 1000, "advice", null),
            new Field("redactions", Kind.RESPONSE_CHECK, 2000, "redactions", null),
            new Field("onwardConditions", Kind.RESPONSE_CHECK, 2000, "onwardConditions", null),
            new Field("justification", Kind.RESPONSE_CHECK, 2000, "justification", null),
            new Field("text", Kind.WITHDRAWAL, 1000, "withdrawReason", "withdrawn_reason"),
            new Field("note", Kind.CONSENT_WITHDRAWAL, 1000, "withdrawalNote", "note"),
            new Field("text", Kind.CLARIFICATION, 4000, "message", "body"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyBodyFieldStoresWhatWasTypedOrRefusesItByFieldAndNeverFails() throws Exception {
        String person = API.personOf(API.submittedRequest("OFFICIAL"));
        String answered = API.acknowledgedRequestAbout(person, "POLICE", "OFFICIAL");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Field field : FIELDS) {
            String draft =
                    API.ok("csc.practitioner", "POST", "", null).path("id").asText();
            for (var value : HostileValues.text(field.max()).entrySet()) {
                var sent = send(field, value.getValue(), draft, person, answered);
                calls++;
                String problem = judge(field, value.getValue(), sent.response(), sent.stored());
                if (problem != null) {
                    failures.add(field.name() + " / " + value.getKey() + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), failures, calls + " calls");
    }

    /** What a hostile id in any path gives: never a 5xx (a 400 problem, a 403 or a 404). */
    @Test
    void noIdInAnyPathGivesAServerError() {
        List<String> failures = new ArrayList<>();
        var routes = Routes.discovered(
                org.lowshire.portal.devstack.TestStack.config().projectDir());
        int calls = 0;
        for (String route : routes) {
            if (!route.startsWith("GET /api") && !route.startsWith("POST /api") && !route.startsWith("PUT /api")) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            if (!template.contains("{")) {
                continue;
            }
            for (String id : HostileValues.ids()) {
                String path = template.replaceAll("\\{[^}]+}", id);
                for (String user : List.of("csc.practitioner", "ig.officer")) {
                    var answer = API.api(user, method, path, method.equals("GET") ? null : "{\"version\":0}");
                    calls++;
                    if (answer.statusCode() >= 500) {
                        failures.add(route + " " + id.substring(0, Math.min(id.length(), 30)) + " as " + user + ": "
                                + answer.statusCode());
                    }
                }
            }
        }
        assertEquals(List.of(), failures, calls + " calls");
    }

    /** Every page's view parameters and every servlet's id, with every hostile id: never a 5xx, never the 500 page. */
    @Test
    void noIdOnAnyPageOrDownloadGivesAServerError() throws Exception {
        var stack = org.lowshire.portal.devstack.TestStack.config();
        var users = org.lowshire.portal.devstack.DemoUsers.realmFile(stack.projectDir());
        var sessions = List.of(
                SignedInSession.signIn(
                        "csc.practitioner",
                        org.lowshire.portal.devstack.DemoUsers.byUsername(users, "csc.practitioner")
                                .password()),
                SignedInSession.signIn(
                        "ig.officer",
                        org.lowshire.portal.devstack.DemoUsers.byUsername(users, "ig.officer")
                                .password()));
        var viewParam = java.util.regex.Pattern.compile("<f:viewParam name=\"([^\"]+)\"");
        List<String> urls = new ArrayList<>();
        for (String route : Routes.discovered(stack.projectDir())) {
            if (route.startsWith("PAGE ")) {
                String page = route.substring("PAGE ".length());
                var m = viewParam.matcher(
                        java.nio.file.Files.readString(stack.projectDir().resolve("src/main/webapp" + page)));
                while (m.find()) {
                    urls.add(page + "?" + m.group(1) + "=");
                }
            } else if (route.startsWith("GET /") && !route.startsWith("GET /api")) {
                urls.add(route.substring("GET ".length()) + "?id=");
            }
        }
        List<String> failures = new ArrayList<>();
        for (String url : urls) {
            for (String id : HostileValues.ids()) {
                for (var session : sessions) {
                    var answer = session.get(url + id);
                    if (answer.statusCode() >= 500 || answer.body().contains("problem with the service")) {
                        failures.add(url + id.substring(0, Math.min(id.length(), 30)) + ": " + answer.statusCode());
                    }
                }
            }
        }
        assertTrue(urls.size() > 10, urls.toString());
        assertEquals(List.of(), failures, urls.size() + " pages and downloads");
    }

    private record Sent(HttpResponse<String> response, String stored) {}

    private static Sent send(Field field, String value, String draft, String person, String answered) throws Exception {
        return switch (field.kind()) {
            case DRAFT, QUESTION -> {
                ObjectNode body = (ObjectNode)
                        JSON.readTree(RequestApiClient.draft(API.version("csc.practitioner", draft), "OFFICIAL"));
                if (field.kind() == Kind.QUESTION) {
                    ((ArrayNode) body.get("questions")).set(0, body.textNode(value));
                } else {
                    body.put(field.name(), value);
                }
                var response = API.call("csc.practitioner", "PUT", "/" + draft + "/draft", body.toString());
                String table = field.kind() == Kind.QUESTION
                        ? "select q.text from portal.request_question q join portal.info_request r on r.id = q.request_id"
                                + " where r.uuid = ? and q.position = 1"
                        : "select " + field.column() + " from portal.info_request where uuid = ?";
                yield new Sent(response, RequestApiClient.text(table, draft));
            }
            case SUBJECT -> {
                ObjectNode body = (ObjectNode) JSON.readTree(
                        "{\"role\":\"ADULT_OF_CONCERN\",\"givenName\":\"Hostile\",\"familyName\":\"Input\"}");
                body.put(field.name(), value);
                var response = API.call("csc.practitioner", "POST", "/" + draft + "/subjects", body.toString());
                String stored = field.column() == null
                        ? null
                        : RequestApiClient.text(
                                "select p." + field.column() + " from portal.person p join portal.request_subject s"
                                        + " on s.person_id = p.id join portal.info_request r on r.id = s.request_id"
                                        + " where r.uuid = ? order by s.id desc limit 1",
                                draft);
                yield new Sent(response, stored);
            }
            case CONSENT -> {
                ObjectNode body = (ObjectNode) JSON.readTree("""
                        {"kind":"DATA_PROTECTION","status":"GIVEN","statusOn":"2026-01-05",
                         "givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Bea Testparent","giverRelationship":"Mother",
                         "purposes":["CHILD_PROTECTION_ENQUIRY"],"agencies":["CSC"],"categories":["HEALTH"],
                         "method":"WRITTEN"}""");
                body.put(field.name(), value);
                var response =
                        API.api("csc.practitioner", "POST", "/api/people/" + person + "/consents", body.toString());
                String stored = response.statusCode() == 201
                        ? RequestApiClient.text(
                                "select " + field.column() + " from portal.consent where uuid = ?",
                                Tokens.json(response.body()).path("id").asText())
                        : null;
                yield new Sent(response, stored);
            }
            case RESPONSE_CHECK -> {
                ObjectNode body = (ObjectNode)
                        JSON.readTree(RequestApiClient.shareInPart(API.version("police.practitioner", answered)));
                body.put(field.name(), value);
                yield new Sent(
                        API.call("police.practitioner", "POST", "/" + answered + "/responses/check", body.toString()),
                        null);
            }
            case WITHDRAWAL -> {
                String fresh =
                        API.ok("csc.practitioner", "POST", "", null).path("id").asText();
                ObjectNode body = JSON.createObjectNode();
                body.put("version", 0);
                body.put(field.name(), value);
                var response = API.call("csc.practitioner", "POST", "/" + fresh + "/withdrawal", body.toString());
                yield new Sent(
                        response,
                        RequestApiClient.text(
                                "select " + field.column() + " from portal.info_request where uuid = ?", fresh));
            }
            case CONSENT_WITHDRAWAL -> {
                String consent = API.cscConsent(person, null);
                ObjectNode body = JSON.createObjectNode();
                body.put("version", 0);
                body.put("on", "2026-02-01");
                body.put(field.name(), value);
                var response = API.api(
                        "csc.practitioner", "POST", "/api/consents/" + consent + "/withdrawal", body.toString());
                yield new Sent(
                        response,
                        RequestApiClient.text(
                                "select e.note from portal.consent_status_entry e join portal.consent c"
                                        + " on c.id = e.consent_id where c.uuid = ? and e.status = 'WITHDRAWN'",
                                consent));
            }
            case CLARIFICATION -> {
                String asked = API.acknowledgedRequestAbout(person, "POLICE", "OFFICIAL");
                ObjectNode body = JSON.createObjectNode();
                body.put("version", API.version("police.practitioner", asked));
                body.put(field.name(), value);
                var response = API.call(
                        "police.practitioner", "POST", "/" + asked + "/clarification-requests", body.toString());
                yield new Sent(
                        response,
                        RequestApiClient.text(
                                "select m.body from portal.request_message m join portal.info_request r"
                                        + " on r.id = m.request_id where r.uuid = ? order by m.id desc limit 1",
                                asked));
            }
        };
    }

    /** Null when the answer is right for the value; otherwise what is wrong. */
    private static String judge(Field field, String value, HttpResponse<String> response, String stored) {
        int status = response.statusCode();
        if (status >= 500) {
            return "HTTP " + status;
        }
        boolean refusedByField = status == 400
                && response.body().startsWith("{")
                && Tokens.json(response.body()).path("errors").has(field.errorKey());
        if (HostileValues.overLimit(value, field.max())) {
            return refusedByField
                    ? null
                    : "over the limit but not refused by field: " + status + " " + abbreviated(response);
        }
        if (status / 100 == 2) {
            if (field.column() != null && !value.strip().equals(stored)) {
                return "stored " + (stored == null ? "nothing" : stored.length() + " chars, not as typed");
            }
            return null;
        }
        return refusedByField ? null : "refused without a field message: " + status + " " + abbreviated(response);
    }

    private static String abbreviated(HttpResponse<String> response) {
        String body = response.body();
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    static {
        assertTrue(FIELDS.stream().map(f -> f.kind() + f.name()).distinct().count() == FIELDS.size());
    }
}
