package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.lowshire.portal.support.Tokens;

/** What the consent tests start from: a child with a recorded consent, and a response body to release with. */
final class ConsentFixtures {

    private static final RequestApiClient API = new RequestApiClient();

    private ConsentFixtures() {}

    /** A child known to CSC, with consent from their mother to share police and health information with CSC. */
    static String[] childWithConsent() {
        String first = API.submittedRequest("OFFICIAL");
        String person = API.personOf(first);
        var recorded = API.api("csc.practitioner", "POST", "/api/people/" + person + "/consents", """
                {"kind":"DATA_PROTECTION","status":"GIVEN","statusOn":"2026-01-05","givenBy":"PARENTAL_RESPONSIBILITY",
                 "giverName":"Bea Testparent","giverRelationship":"Mother","purposes":["CHILD_PROTECTION_ENQUIRY"],
                 "agencies":["CSC"],"categories":["FAMILY_HOUSEHOLD","HEALTH"],"method":"WRITTEN"}""");
        assertEquals(201, recorded.statusCode(), recorded.body());
        JsonNode c = Tokens.json(recorded.body());
        assertEquals("GIVEN", c.path("status").asText());
        return new String[] {person, c.path("id").asText(), first};
    }

    static String response(long version, String categories, String grounds, String marking) {
        return """
                {"version":%d,"outcome":"SHARE_IN_FULL","answers":{"1":"Known to the service","2":"Nothing held"},
                 "reasons":"Needed to protect the child","whatReleased":"Household composition",
                 "dataCategories":%s,%s"necessity":"Needed for the strategy discussion","art6":["PUBLIC_TASK"],
                 "condition":"SCH1_PARA18_SAFEGUARDING","justification":"Safeguarding a child",
                 "informed":"DEFERRED","notInformedReason":"After the strategy discussion","marking":"%s"}""".formatted(
                        version,
                        categories,
                        grounds == null
                                ? ""
                                : "\"withoutConsentGrounds\":" + grounds
                                        + ",\"withoutConsentReason\":\"Risk outweighs the family's wishes\",",
                        marking);
    }
}
