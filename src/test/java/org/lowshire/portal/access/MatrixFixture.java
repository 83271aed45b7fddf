package org.lowshire.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lowshire.portal.access.AccessMatrixIT.AUTHOR;
import static org.lowshire.portal.access.AccessMatrixIT.AUTHOR_SUBJECT;
import static org.lowshire.portal.access.RequestAction.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lowshire.portal.request.RequestApiClient;
import org.lowshire.portal.support.Tokens;

/** One request and what it holds, made through the real API, with the ids the table's placeholders name. */
record MatrixFixture(
        String name,
        RequestFacts facts,
        Map<String, String> ids,
        Set<String> releasedAgencies,
        List<String> secrets,
        Map<String, Long> versions) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    PersonFacts person() {
        return new PersonFacts(List.of(facts));
    }

    boolean released(String agency) {
        return releasedAgencies.contains(agency);
    }

    /** The record a call is about: the first placeholder's id (the request, the person or the consent). */
    String record(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        return m.find() ? ids.get(m.group(1)) : null;
    }

    /** The path with its placeholders filled, or null when this fixture has no such record. */
    String fill(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String id = ids.get(m.group(1));
            if (id == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(id));
        }
        m.appendTail(out);
        return out.toString();
    }

    void checkUnchanged(RequestApiClient api, List<String> failures) {
        long now = api.version(AUTHOR, ids.get("req"));
        if (now != versions.get("req")) {
            failures.add(
                    name + ": the matrix changed the request (version " + versions.get("req") + " -> " + now + ")");
        }
        var consents = Tokens.json(api.api(AUTHOR, "GET", "/api/people/" + ids.get("person") + "/consents", null)
                .body());
        if (consents.size() != 1 || consents.path(0).path("version").asLong() != versions.get("consent")) {
            failures.add(name + ": the matrix changed the child's consents: " + consents);
        }
    }

    static MatrixFixture sentToPoliceAndHealth(RequestApiClient api) {
        var b = new MatrixFixtureBuilder(api, "sent to POLICE and HEALTH", "Matrixchild", List.of("POLICE", "HEALTH"));
        String id = b.ids.get("req");
        b.file(AUTHOR, "CSC");
        long v = api.version(AUTHOR, id);
        api.ok(AUTHOR, "POST", "/" + id + "/submission", "{\"version\":" + v + "}");
        api.ok(
                "police.practitioner",
                "POST",
                "/" + id + "/acknowledgement",
                "{\"version\":" + api.version("police.practitioner", id) + "}");
        b.file("police.practitioner", "POLICE");
        var response = api.ok(
                "police.practitioner",
                "POST",
                "/" + id + "/responses",
                RequestApiClient.shareInPart(api.version("police.practitioner", id))
                        .replace("OFFICIAL_SENSITIVE", "OFFICIAL"));
        b.ids.put("policeResponse", response.path("id").asText());
        if (!"RELEASED".equals(response.path("state").asText())) {
            api.ok(
                    "police.lead",
                    "POST",
                    "/" + id + "/responses/" + response.path("id").asText() + "/approval",
                    "{\"version\":" + api.version("police.lead", id) + "}");
        }
        api.ok(
                "health.practitioner",
                "POST",
                "/" + id + "/acknowledgement",
                "{\"version\":" + api.version("health.practitioner", id) + "}");
        b.file("health.practitioner", "HEALTH");
        return b.done(true, Set.of("POLICE"));
    }

    static MatrixFixture withdrawnDraft(RequestApiClient api) {
        var b = new MatrixFixtureBuilder(api, "withdrawn draft", "Matrixdraftchild", List.of("POLICE"));
        String id = b.ids.get("req");
        b.file(AUTHOR, "CSC");
        api.ok(
                AUTHOR,
                "POST",
                "/" + id + "/withdrawal",
                "{\"version\":" + api.version(AUTHOR, id) + ",\"text\":\"Matrix: raised in error\"}");
        return b.done(false, Set.of());
    }
}

/** Raises a draft about a new child with a consent CSC recorded and a signed document. */
/** Builds a fixture through the real API as the author would. */
final class MatrixFixtureBuilder {
    final RequestApiClient api;
    final String name;
    final List<String> askedAgencies;
    final Map<String, String> ids = new LinkedHashMap<>();
    final List<String> secrets = new ArrayList<>();
    final String suffix;

    MatrixFixtureBuilder(RequestApiClient api, String name, String family, List<String> asked) {
        this.api = api;
        this.name = name;
        this.askedAgencies = asked;
        var created = api.ok(AUTHOR, "POST", "", null);
        String id = created.path("id").asText();
        suffix = id.substring(0, 8);
        ids.put("req", id);
        secrets.add(created.path("reference").asText());
        String recipients = asked.stream()
                .map(a -> "\"" + a + "\"")
                .reduce((x, y) -> x + "," + y)
                .orElseThrow();
        api.ok(
                AUTHOR,
                "PUT",
                "/" + id + "/draft",
                RequestApiClient.draft(0, "OFFICIAL").replace("[\"POLICE\"]", "[" + recipients + "]"));
        String familyName = family + "-" + suffix;
        secrets.add(familyName);
        var withChild = api.ok(AUTHOR, "POST", "/" + id + "/subjects", """
                {"role":"CHILD_AT_RISK","givenName":"Mia","familyName":"%s","dateOfBirth":"2015-04-01",
                 "gender":"FEMALE"}""".formatted(familyName));
        String person = withChild.path("subjects").path(0).path("person").asText();
        ids.put("person", person);
        String giver = "Bea Matrixparent-" + suffix;
        secrets.add(giver);
        var consent = api.api(AUTHOR, "POST", "/api/people/" + person + "/consents", """
                {"kind":"DATA_PROTECTION","status":"GIVEN","statusOn":"2026-01-05",
                 "givenBy":"PARENTAL_RESPONSIBILITY","giverName":"%s","giverRelationship":"Mother",
                 "purposes":["CHILD_PROTECTION_ENQUIRY"],"agencies":["CSC"],
                 "categories":["FAMILY_HOUSEHOLD","HEALTH"],"method":"WRITTEN"}""".formatted(giver));
        assertEquals(201, consent.statusCode(), consent.body());
        ids.put("consent", Tokens.json(consent.body()).path("id").asText());
        String marker = "MATRIXDOC-" + suffix;
        secrets.add(marker);
        var doc = api.uploadTo(AUTHOR, "/api/consents/" + ids.get("consent") + "/documents", "signed.pdf", pdf(marker));
        assertEquals(201, doc.statusCode(), doc.body());
        ids.put("document", Tokens.json(doc.body()).path("id").asText());
    }

    void file(String user, String agency) {
        String marker = "MATRIXFILE-" + agency + "-" + suffix;
        secrets.add(marker);
        var up = api.upload(user, ids.get("req"), agency.toLowerCase() + "-notes.pdf", pdf(marker));
        assertEquals(201, up.statusCode(), up.body());
        ids.put("file" + agency, Tokens.json(up.body()).path("id").asText());
    }

    MatrixFixture done(boolean sent, Set<String> released) {
        var versions = Map.of(
                "req",
                api.version(AUTHOR, ids.get("req")),
                "consent",
                Tokens.json(api.api(AUTHOR, "GET", "/api/people/" + ids.get("person") + "/consents", null)
                                .body())
                        .path(0)
                        .path("version")
                        .asLong());
        return new MatrixFixture(
                name,
                new RequestFacts(AUTHOR_SUBJECT, "CSC", sent, Set.copyOf(askedAgencies)),
                Map.copyOf(ids),
                released,
                List.copyOf(secrets),
                versions);
    }

    private static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
