package org.lowshire.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.devstack.DemoUsers;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.request.RequestApiClient;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Tokens;

/**
 * A NUL or another control character in any text gave HTTP 500 (PostgreSQL refuses NUL). Now REST refuses it by field
 * with a problem, pages by their own field messages and the 404 page for an id, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ControlCharactersIT {

    private static final RequestApiClient API = new RequestApiClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void restRefusesControlCharactersByFieldAndStoresNothing() {
        String id = API.ok("csc.practitioner", "POST", "", null).path("id").asText();
        var draft = API.call(
                "csc.practitioner",
                "PUT",
                "/" + id + "/draft",
                RequestApiClient.draft(0, "OFFICIAL")
                        .replace("Decide whether a strategy discussion is needed", "Decide\\u0000now")
                        .replace("Any intelligence on the adult named?", "Any\\u0001thing?"));
        assertEquals(400, draft.statusCode(), draft.body());
        var errors = Tokens.json(draft.body()).path("errors");
        assertTrue(errors.has("purpose") && errors.has("questions"), errors.toString());
        assertTrue(errors.path("purpose").asText().startsWith("Remove the control character"), errors.toString());
        assertEquals(0, API.version("csc.practitioner", id), "nothing was saved");

        var person = API.call(
                "csc.practitioner",
                "POST",
                "/" + id + "/subjects",
                "{\"role\":\"CHILD_AT_RISK\",\"givenName\":\"Ada\\u0000\",\"familyName\":\"Nulchild\"}");
        assertEquals(400, person.statusCode(), person.body());
        assertTrue(Tokens.json(person.body()).path("errors").has("givenName"), person.body());

        var path = API.call("csc.practitioner", "GET", "/%00", null);
        assertEquals(400, path.statusCode(), path.body());
        assertTrue(Tokens.json(path.body()).path("errors").has("id"), path.body());

        var kept = API.ok(
                "csc.practitioner",
                "PUT",
                "/" + id + "/draft",
                RequestApiClient.draft(0, "OFFICIAL")
                        .replace("Decide whether a strategy discussion is needed", "Line one\\nline\\ttwo"));
        assertEquals(
                "Any police contact with the household?",
                kept.path("questions").path(0).asText());
        assertEquals(
                "Line one\nline\ttwo",
                RequestApiClient.text("select purpose from portal.info_request where uuid = ?", id),
                "tabs and new lines are text, read back exactly");
    }

    @Test
    void pagesAndDownloadsGiveTheirOwnAnswersNeverAServerError() throws Exception {
        var user = DemoUsers.byUsername(DemoUsers.realmFile(TestStack.config().projectDir()), "csc.practitioner");
        var session = SignedInSession.signIn("csc.practitioner", user.password());
        var page = session.get("/requests/view.xhtml?id=%00");
        assertTrue(page.statusCode() < 500, "view page: " + page.statusCode());
        assertFalse(page.body().contains("problem with the service"), "not the 500 page");
        for (String download : new String[] {
            "/requests/copy?id=%00",
            "/requests/attachment?id=%00&a=%01",
            "/requests/consent-document?id=%00&d=x",
            "/requests/consent-receipt?id=%00"
        }) {
            assertEquals(404, session.get(download).statusCode(), download);
        }
    }
}
