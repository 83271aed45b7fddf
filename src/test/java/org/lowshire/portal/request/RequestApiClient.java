package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lowshire.portal.devstack.EmbeddedDatabase;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;

/** Drives the request API as demo users with real Keycloak tokens; reads the trail as the schema owner. */
public final class RequestApiClient {

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public String token(String user) {
        return tokens.computeIfAbsent(user, Tokens::accessToken);
    }

    public HttpResponse<String> call(String user, String method, String path, String body) {
        return Http.json(method, Http.appUrl("/api/requests" + path), token(user), body);
    }

    /** Any portal API path, e.g. {@code /api/people/<id>/consents}. */
    public HttpResponse<String> api(String user, String method, String path, String body) {
        return Http.json(method, Http.appUrl(path), token(user), body);
    }

    /** A submitted request from CSC to the agency, about an existing person (as the child at risk), acknowledged. */
    public String acknowledgedRequestAbout(String personUuid, String to, String marking) {
        String id = ok("csc.practitioner", "POST", "", null).path("id").asText();
        ok(
                "csc.practitioner",
                "PUT",
                "/" + id + "/draft",
                draft(0, marking).replace("[\"POLICE\"]", "[\"" + to + "\"]"));
        ok("csc.practitioner", "POST", "/" + id + "/subjects", linkBody(personUuid));
        ok(
                "csc.practitioner",
                "POST",
                "/" + id + "/submission",
                "{\"version\":" + version("csc.practitioner", id) + "}");
        String responder = to.equals("HEALTH") ? "health.practitioner" : "police.practitioner";
        ok(responder, "POST", "/" + id + "/acknowledgement", "{\"version\":" + version(responder, id) + "}");
        return id;
    }

    /** Uploads raw bytes as an attachment. */
    public HttpResponse<String> upload(String user, String id, String name, byte[] content) {
        return uploadTo(user, "/api/requests/" + id + "/attachments", name, content);
    }

    /** Posts a file's bytes to an API path under {@code ?name=}, as partner systems do. */
    public HttpResponse<String> uploadTo(String user, String apiPath, String name, byte[] content) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.appUrl(apiPath + "?name="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/octet-stream")
                .header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        return Http.send(request);
    }

    public JsonNode ok(String user, String method, String path, String body) {
        var r = call(user, method, path, body);
        assertEquals(
                true,
                r.statusCode() == 200 || r.statusCode() == 201,
                user + " " + method + " " + path + " -> " + r.statusCode() + " " + r.body());
        return Tokens.json(r.body());
    }

    public long version(String user, String id) {
        return ok(user, "GET", "/" + id, null).path("version").asLong();
    }

    /** {@link #submittedRequest(String)}, acknowledged by the police practitioner: ready for a response. */
    public String acknowledgedRequest(String marking) {
        String id = submittedRequest(marking);
        String police = "police.practitioner";
        ok(police, "POST", "/" + id + "/acknowledgement", "{\"version\":" + version(police, id) + "}");
        return id;
    }

    /** A submitted urgent CSA request from CSC to POLICE with one child and two questions. */
    public String submittedRequest(String marking) {
        String id = ok("csc.practitioner", "POST", "", null).path("id").asText();
        ok("csc.practitioner", "PUT", "/" + id + "/draft", draft(0, marking));
        ok("csc.practitioner", "POST", "/" + id + "/subjects", """
                {"role":"CHILD_AT_RISK","givenName":"Ada","familyName":"Testchild-%s","dateOfBirth":"2015-04-01",
                 "gender":"FEMALE","address":"1 Test Lane, Lowshire LW1 1AA"}""".formatted(id.substring(0, 8)));
        ok(
                "csc.practitioner",
                "POST",
                "/" + id + "/submission",
                "{\"version\":" + version("csc.practitioner", id) + "}");
        return id;
    }

    public static String draft(long version, String marking) {
        return """
                {"version":%d,"concernType":"CSA_EXTRA_FAMILIAL","preventionLevel":"SECONDARY",
                 "purpose":"Decide whether a strategy discussion is needed","purposeCategory":"CHILD_PROTECTION_ENQUIRY",
                 "urgency":"URGENT",
                 "childViews":"Wants to stay at school","viewsHowObtained":"Spoken with at school",
                 "marking":"%s","art6":["PUBLIC_TASK"],"condition":"SCH1_PARA18_SAFEGUARDING",
                 "justification":"Children Act 1989 s47 enquiries","recipients":["POLICE"],
                 "questions":["Any police contact with the household?","Any intelligence on the adult named?"]}""".formatted(version, marking);
    }

    public static String shareInPart(long version) {
        return """
                {"version":%d,"outcome":"SHARE_IN_PART","answers":{"1":"Two call-outs in 2025"},
                 "reasons":"Risk of significant harm","whatReleased":"Dates and nature of two call-outs",
                 "dataCategories":["POLICE_CRIMINAL"],"withoutConsentGrounds":["INCREASE_RISK"],
                 "necessity":"Needed for the strategy discussion","art6":["PUBLIC_TASK"],
                 "condition":"SCH8_PARA4_SAFEGUARDING","justification":"Safeguarding a child",
                 "consent":"WITHOUT_CONSENT","withoutConsentReason":"Seeking consent would increase risk",
                 "informed":"NO","notInformedReason":"Would prejudice the enquiry",
                 "redactions":"Witness details removed","marking":"OFFICIAL_SENSITIVE"}""".formatted(version);
    }

    /**
     * The body that links an existing person as the child at risk: the identifiers the requester holds (full name,
     * date of birth and the postcode of the address), read from the database as a practitioner would know them.
     */
    public static String linkBody(String personUuid) {
        return query(
                "select given_name, family_name, date_of_birth, address, nhs_number from portal.person where uuid = ?",
                rs -> {
                    rs.next();
                    return """
                        {"role":"CHILD_AT_RISK","givenName":"%s","familyName":"%s","dateOfBirth":"%s","address":"%s",
                         %s"link":"OWN_CASEWORK"}""".formatted(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getDate(3),
                                    rs.getString(4),
                                    rs.getString(5) == null ? "" : "\"nhsNumber\":\"" + rs.getString(5) + "\",");
                },
                personUuid);
    }

    /** One text value read as the schema owner, e.g. what was stored exactly. */
    public static String text(String sql, Object... args) {
        return query(sql, rs -> rs.next() ? rs.getString(1) : null, args);
    }

    /** A small PDF, as a file to upload. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The child at risk of a request, as its requester reads it. */
    public String personOf(String request) {
        return ok("csc.practitioner", "GET", "/" + request, null)
                .path("subjects")
                .path(0)
                .path("person")
                .asText();
    }

    /** A consent CSC records about the person (the mother's, to share with CSC), optionally expiring; its id. */
    public String cscConsent(String person, String expiresOn) {
        var recorded = api("csc.practitioner", "POST", "/api/people/" + person + "/consents", """
                {"kind":"DATA_PROTECTION","status":"GIVEN","statusOn":"2026-01-05","givenBy":"PARENTAL_RESPONSIBILITY",
                 "giverName":"Bea Testparent","giverRelationship":"Mother","purposes":["CHILD_PROTECTION_ENQUIRY"],
                 "agencies":["CSC"],"categories":["FAMILY_HOUSEHOLD","HEALTH"],"method":"WRITTEN"%s}""".formatted(
                        expiresOn == null ? "" : ",\"expiresOn\":\"" + expiresOn + "\""));
        assertEquals(201, recorded.statusCode(), recorded.body());
        return Tokens.json(recorded.body()).path("id").asText();
    }

    /** The person's family name as recorded. */
    public static String familyName(String person) {
        return text("select family_name from portal.person where uuid = ?", person);
    }

    /** ACCESS_DENIED events by the user naming the target. */
    public static long denials(String user, String target) {
        return count(
                "select count(*) from portal.audit_event where action = 'ACCESS_DENIED'"
                        + " and actor_username = ? and target_id = ?",
                user,
                target);
    }

    public static long count(String sql, Object... args) {
        return query(
                sql,
                rs -> {
                    rs.next();
                    return rs.getLong(1);
                },
                args);
    }

    /** What a rows reader makes of one query, run as the schema owner. */
    interface Rows<T> {
        T read(java.sql.ResultSet rs) throws SQLException;
    }

    private static <T> T query(String sql, Rows<T> rows, Object... args) {
        try (Connection c = DriverManager.getConnection(
                        TestStack.config().dbUrl(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD);
                var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (var rs = s.executeQuery()) {
                return rows.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long events(String action, String user, String requestId) {
        return count(
                "select count(*) from portal.audit_event where action = ? and actor_username = ?"
                        + " and target_id = ?",
                action,
                user,
                requestId);
    }
}
