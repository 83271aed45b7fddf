package org.lowshire.portal.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Synthetic demo requests for the run command, made once through the portal's own API as the demo users (so every
 * one is audited like real work): one just sent, one with a clarification waiting, one answered, one closed.
 * All names are fictional.
 */
final class DemoRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String api;
    private final String tokenUrl;
    private final Path realm;

    private DemoRequests(String baseUrl, String keycloakUrl, Path realm) {
        this.api = baseUrl + "/api/requests";
        this.tokenUrl = keycloakUrl + "/realms/safeguarding/protocol/openid-connect/token";
        this.realm = realm;
    }

    /** Loads the demo requests unless the stamp file says they were loaded into this data folder before. */
    static void loadOnce(String baseUrl, String keycloakUrl, Path realm, Path stamp) throws Exception {
        if (Files.exists(stamp)) {
            return;
        }
        var demo = new DemoRequests(baseUrl, keycloakUrl, realm);
        demo.sent("Ada", "Demochild", "2015-04-01", "CSA_EXTRA_FAMILIAL", "URGENT", "POLICE");
        String clarify = demo.sent("Ben", "Demochild", "2012-09-14", "CSE", "STANDARD", "POLICE");
        demo.call("police.practitioner", "POST", "/" + clarify + "/acknowledgement", versioned(demo, clarify, null));
        demo.call(
                "police.practitioner",
                "POST",
                "/" + clarify + "/clarification-requests",
                versioned(demo, clarify, "Which school does the child attend?"));
        String answered = demo.sent("Cara", "Demochild", "2018-02-20", "CSA_INTRA_FAMILIAL", "URGENT", "POLICE");
        demo.call("police.practitioner", "POST", "/" + answered + "/acknowledgement", versioned(demo, answered, null));
        demo.call("police.practitioner", "POST", "/" + answered + "/responses", """
                {"version":%d,"outcome":"SHARE_IN_PART","answers":{"1":"One call-out in 2025, no arrest"},
                 "reasons":"Risk of significant harm to the child","whatReleased":"Date and nature of one call-out",
                 "dataCategories":["POLICE_CRIMINAL"],"withoutConsentGrounds":["SIGNIFICANT_HARM"],
                 "necessity":"Needed for the strategy discussion; dates only","art6":["PUBLIC_TASK"],
                 "condition":"SCH8_PARA4_SAFEGUARDING","justification":"Safeguarding a child at risk",
                 "consent":"WITHOUT_CONSENT","withoutConsentReason":"Seeking consent would increase the risk",
                 "informed":"DEFERRED","notInformedReason":"Until the strategy discussion",
                 "redactions":"Intelligence withheld","marking":"OFFICIAL"}""".formatted(demo.version(answered)));
        Files.writeString(stamp, "demo requests loaded\n");
    }

    private static String versioned(DemoRequests demo, String id, String text) throws Exception {
        return "{\"version\":" + demo.version(id) + (text == null ? "" : ",\"text\":\"" + text + "\"") + "}";
    }

    private String sent(String given, String family, String dob, String concern, String urgency, String to)
            throws Exception {
        String id = call("csc.practitioner", "POST", "", null).path("id").asText();
        call("csc.practitioner", "PUT", "/" + id + "/draft", """
                {"version":0,"concernType":"%s","preventionLevel":"SECONDARY",
                 "purpose":"Decide whether a strategy discussion is needed","purposeCategory":"CHILD_PROTECTION_ENQUIRY",
                 "urgency":"%s",
                 "childViews":"Wants to stay at home with their mother","viewsHowObtained":"Home visit",
                 "marking":"OFFICIAL","art6":["PUBLIC_TASK"],"condition":"SCH1_PARA18_SAFEGUARDING",
                 "justification":"Section 47 enquiries under the Children Act 1989","recipients":["%s"],
                 "questions":["Any police contact with the household since 2024?",
                              "Any intelligence on the adults in the household?"]}""".formatted(concern, urgency, to));
        call("csc.practitioner", "POST", "/" + id + "/subjects", """
                {"role":"CHILD_AT_RISK","givenName":"%s","familyName":"%s","dateOfBirth":"%s"}""".formatted(given, family, dob));
        call("csc.practitioner", "POST", "/" + id + "/submission", "{\"version\":" + version(id) + "}");
        return id;
    }

    private long version(String id) throws Exception {
        return call("csc.practitioner", "GET", "/" + id, null).path("version").asLong();
    }

    private JsonNode call(String user, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Demo data: " + method + " " + path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private String token(String user) throws IOException, InterruptedException {
        String password = DemoUsers.byUsername(realm, user).password();
        String form = Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "portal-test",
                        "username",
                        user,
                        "password",
                        password,
                        "scope",
                        "openid")
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(tokenUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asText();
    }
}
