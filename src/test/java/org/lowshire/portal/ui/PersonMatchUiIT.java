package org.lowshire.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.request.RequestApiClient;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Tokens;
import org.openqa.selenium.By;

/**
 * An education practitioner types the details of a child already known to children's social care on the People task.
 * They are told only that a record exists; linking it needs a reason; the child's page then shows nothing another
 * agency recorded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonMatchUiIT extends BrowserJourney {

    private static final RequestApiClient API = new RequestApiClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aPractitionerTypingAKnownChildsDetailsLearnsOnlyThatARecordExists() throws Exception {
        String cscRequest = API.submittedRequest("OFFICIAL");
        var request = API.ok("csc.practitioner", "GET", "/" + cscRequest, null);
        String child = request.path("subjects").path(0).path("person").asText();
        String reference = request.path("reference").asText();
        String family = RequestApiClient.familyName(child);
        var consent = API.api("csc.practitioner", "POST", "/api/people/" + child + "/consents", """
                {"kind":"DATA_PROTECTION","status":"GIVEN","statusOn":"2026-01-05","givenBy":"PARENTAL_RESPONSIBILITY",
                 "giverName":"Bea Matchparent","giverRelationship":"Mother","purposes":["CHILD_PROTECTION_ENQUIRY"],
                 "agencies":["CSC"],"categories":["FAMILY_HOUSEHOLD"],"method":"WRITTEN"}""");
        assertEquals(201, consent.statusCode(), consent.body());
        String consentId = Tokens.json(consent.body()).path("id").asText();

        journey("person-match-failure", () -> {
            signInAs("edu.practitioner");
            browser.open("/requests/");
            browser.waitFor(By.id("inbox:raise")).click();
            browser.waitFor(By.id("tasks"));
            browser.driver().findElement(By.cssSelector("#task-people a")).click();
            browser.waitFor(By.id("draft:continue"));
            form.choose("Their part in this request", "Child at risk or harmed");
            form.fill("First name", "Ada");
            form.fill("Last name", family);
            form.fill("Day", "1");
            form.fill("Month", "4");
            form.fill("Year", "2015");
            form.fill("Address (optional)", "1 Test Lane, Lowshire LW1 1AA");
            browser.driver().findElement(By.id("draft:addPerson")).click();
            String banner = browser.text(By.id("existing-record"));
            assertTrue(banner.startsWith("A record for this person already exists"), banner);
            String page = browser.driver().getPageSource();
            for (String secret :
                    new String[] {reference, cscRequest, child, consentId, "Bea Matchparent", "Social Care"}) {
                assertFalse(page.contains(secret), "the page reveals nothing of the other record: " + secret);
            }
            browser.assertAccessible();

            browser.driver().findElement(By.id("draft:linkExisting")).click();
            assertEquals("Choose why you hold these details", browser.text(By.id("draft:linkReason-error")));
            assertEquals(
                    family,
                    browser.driver().findElement(By.id("draft:familyName")).getAttribute("value"),
                    "what was typed survives");
            form.check("From my own work with the child");
            browser.driver().findElement(By.id("draft:linkExisting")).click();
            assertTrue(browser.waitFor(By.id("subject-list")).getText().contains(family));

            browser.open("/requests/person.xhtml?id=" + child);
            browser.waitFor(By.id("app-user-name"));
            String person = browser.driver().getPageSource();
            assertTrue(person.contains(family), "the linked child's own record");
            assertFalse(person.contains("Bea Matchparent"), "but not the consent children's social care recorded");
            assertFalse(
                    browser.text(By.id("identity-bar")).contains("Recorded by"),
                    "nor which agency recorded the child: " + browser.text(By.id("identity-bar")));
            assertFalse(person.contains(consentId));
            browser.assertAccessible();
        });
    }
}
