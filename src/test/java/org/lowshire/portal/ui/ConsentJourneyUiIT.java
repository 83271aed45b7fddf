package org.lowshire.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.request.RequestApiClient;
import org.lowshire.portal.support.Deployments;
import org.openqa.selenium.By;

/**
 * Consent in Chromium, axe on every page: a CSC practitioner records a mother's consent on the child's page (a bad
 * expiry is refused and what was typed stays); health shares within its scope with no prompt; sharing beyond it
 * asks for the grounds and waits for the health lead; the mother withdraws and the open request is flagged for the
 * practitioners involved, who acknowledge it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentJourneyUiIT extends BrowserJourney {

    private static final RequestApiClient API = new RequestApiClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void recordShareWithinAndBeyondScopeAndWithdraw() throws Exception {
        journey("consent-journey-failure", this::steps);
    }

    private void steps() throws Exception {
        String first = API.submittedRequest("OFFICIAL");
        String person = API.personOf(first);
        String within = API.acknowledgedRequestAbout(person, "HEALTH", "OFFICIAL");
        String beyond = API.acknowledgedRequestAbout(person, "HEALTH", "OFFICIAL");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        signInAs("csc.practitioner");
        browser.open("/requests/person.xhtml?id=" + person);
        browser.waitFor(By.id("no-consents"));
        browser.assertAccessible();
        form.check("Given");
        date("consent:statusOn", today);
        form.check("A person with parental responsibility");
        form.fill("Name of the person with parental responsibility", "Bea Testparent");
        form.fill("Their relationship to the child", "Mother");
        form.check("Child protection enquiry (s47) or strategy discussion");
        form.check("Lowshire Integrated Care Board");
        form.check("Lowshire Children's Social Care");
        form.check("Health");
        form.check("In writing");
        date("consent:expiresOn", today.minusDays(1));
        browser.driver().findElement(By.id("consent:save")).click();
        browser.waitFor(By.id("error-summary"));
        assertEquals(
                "The expiry date must be on or after the date consent was given",
                browser.text(By.id("consent:expiresOn-error")));
        assertEquals(
                "Bea Testparent",
                browser.driver().findElement(By.id("consent:giverName")).getAttribute("value"),
                "what was typed survives a refusal");
        browser.assertAccessible();
        date("consent:expiresOn", today.plusMonths(6));
        browser.driver().findElement(By.id("consent:save")).click();
        browser.waitFor(By.id("banner"));
        assertTrue(browser.text(By.id("main")).contains("Given"), "the consent is shown as given");
        browser.driver()
                .findElement(By.xpath("//input[@value='Add a signed document']"))
                .click();
        browser.waitFor(By.id("document:file"));
        java.nio.file.Path scan = java.nio.file.Files.createTempFile("signed-consent-", ".pdf");
        java.nio.file.Files.writeString(scan, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        browser.driver().findElement(By.id("document:file")).sendKeys(scan.toString());
        browser.assertAccessible();
        browser.driver().findElement(By.id("document:upload")).click();
        browser.waitFor(By.id("banner"));
        assertTrue(browser.text(By.id("main")).contains(scan.getFileName().toString()), "the document is listed");
        browser.assertAccessible();
        signOut();

        signInAs("health.practitioner");
        browser.open("/requests/respond.xhtml?id=" + within);
        browser.waitFor(By.id("respond:continue"));
        assertTrue(
                browser.text(By.id("consent-picture")).contains("consent covers this agency and purpose, for Health"),
                browser.text(By.id("consent-picture")));
        browser.assertAccessible();
        decide("Health");
        browser.driver().findElement(By.id("respond:continue")).click();
        browser.waitFor(By.id("check-decision"));
        assertFalse(browser.isPresent(By.id("check-without-consent")), "within scope: no warning, no grounds asked");
        browser.driver().findElement(By.id("respond:send")).click();
        browser.waitFor(By.id("banner"));
        assertEquals("Responded", browser.text(By.id("request-status")));
        assertTrue(browser.text(By.id("main")).contains("With consent"));

        browser.open("/requests/respond.xhtml?id=" + beyond);
        browser.waitFor(By.id("respond:continue"));
        decide("Health");
        form.check("Social care");
        browser.driver().findElement(By.id("respond:continue")).click();
        browser.waitFor(By.id("error-summary"));
        assertEquals(
                "No recorded consent covers this sharing: select the grounds for sharing without consent",
                browser.text(By.id("respond:grounds-error")));
        assertEquals(
                "Needed to protect the child",
                browser.driver().findElement(By.id("respond:reasons")).getAttribute("value"));
        browser.assertAccessible();
        form.check("Risk of significant harm to a child");
        form.check("Deferred");
        form.fill("If not, or deferred, why", "Until the strategy discussion has met");
        form.fill(
                "If sharing without consent: why it is necessary and proportionate",
                "Risk of significant harm outweighs the family's wishes");
        browser.driver().findElement(By.id("respond:continue")).click();
        browser.waitFor(By.id("check-without-consent"));
        assertTrue(browser.isPresent(By.id("check-approval")), "health: the lead approves every override");
        assertEquals(
                "Record decision and send for approval",
                browser.driver().findElement(By.id("respond:send")).getAttribute("value"));
        browser.assertAccessible();
        browser.driver().findElement(By.id("respond:send")).click();
        browser.waitFor(By.id("banner"));
        assertTrue(browser.text(By.id("banner")).toLowerCase().contains("approv"), browser.text(By.id("banner")));
        signOut();

        signInAs("health.lead");
        browser.open("/requests/view.xhtml?id=" + beyond);
        browser.waitFor(By.xpath("//input[@value='Approve and release']")).click();
        browser.waitFor(By.id("banner"));
        String released = browser.text(By.id("main"));
        browser.open("/consent/");
        browser.waitFor(By.id("report-disclosures"));
        assertTrue(
                browser.text(By.id("report-disclosures")).contains("Risk of significant harm to a child"),
                browser.text(By.id("report-disclosures")));
        browser.assertAccessible();
        browser.open("/requests/view.xhtml?id=" + beyond);
        browser.waitFor(By.id("request-status"));
        assertTrue(
                released.contains("Without consent") && released.contains("Risk of significant harm to a child"),
                released);
        browser.assertAccessible();
        signOut();

        signInAs("csc.practitioner");
        browser.open("/requests/person.xhtml?id=" + person);
        browser.waitFor(By.xpath("//input[@value='Record withdrawal']")).click();
        browser.waitFor(By.id("withdrawal:confirmWithdrawal"));
        form.fill("Note (optional)", "Mother phoned the social worker");
        browser.assertAccessible();
        browser.driver().findElement(By.id("withdrawal:confirmWithdrawal")).click();
        browser.waitFor(By.id("banner"));
        assertTrue(browser.text(By.id("main")).contains("Withdrawn"));
        signOut();

        signInAs("health.practitioner");
        assertTrue(
                browser.text(By.id("home-notices")).contains("withdrew consent to share information"),
                "the practitioner involved is told on their home page");
        assertTrue(
                RequestApiClient.count(
                                "select count(*) from portal.audit_event where action = 'SEARCH'"
                                        + " and actor_username = 'health.practitioner' and target_type = 'CONSENT_FLAG'"
                                        + " and ? = any(person_ids)",
                                person)
                        >= 1,
                "the notice names the person: its showing is audited");
        browser.open("/requests/view.xhtml?id=" + within);
        browser.waitFor(By.id("flags"));
        assertTrue(
                browser.text(By.id("flags")).contains("Responses on this request that relied on that consent: 1"),
                browser.text(By.id("flags")));
        browser.assertAccessible();
        browser.waitFor(By.xpath("//input[@value='I have read this']")).click();
        browser.waitFor(By.id("banner"));
        assertTrue(browser.driver()
                .findElements(By.xpath("//input[@value='I have read this']"))
                .isEmpty());

        browser.open("/requests/transparency.xhtml");
        browser.waitFor(By.id("tasks"));
        browser.assertAccessible();
        String task = browser.driver()
                .findElement(
                        By.xpath("//a[contains(@href,'" + beyond + "')]/ancestor::div" + "[@class='app-response']"))
                .getAttribute("id");
        browser.driver()
                .findElement(
                        By.xpath("//div[@id='" + task + "']//label[normalize-space()=" + "'They will not be told']"))
                .click();
        browser.driver()
                .findElement(By.xpath("//div[@id='" + task + "']//input[@value='Save']"))
                .click();
        browser.waitFor(By.id("error-summary"));
        assertTrue(browser.text(By.id("main")).contains("Explain why the person will not be told"));
        browser.driver()
                .findElement(
                        By.xpath("//div[@id='" + task + "']//label[normalize-space()=" + "'The person has been told']"))
                .click();
        for (String[] part : new String[][] {
            {"Day", Integer.toString(today.getDayOfMonth())},
            {"Month", Integer.toString(today.getMonthValue())},
            {"Year", Integer.toString(today.getYear())}
        }) {
            var input = browser.driver()
                    .findElement(By.xpath(
                            "//div[@id='" + task + "']//input[contains(@id," + "'resolvedOn" + part[0] + "')]"));
            input.clear();
            input.sendKeys(part[1]);
        }
        browser.driver()
                .findElement(By.xpath("//div[@id='" + task + "']//input[@value='Save']"))
                .click();
        browser.waitFor(By.id("banner"));
        assertTrue(browser.driver().findElements(By.id(task)).isEmpty(), "resolved, off the list");
        signOut();
    }

    /** Share in full with the decision record, releasing the given kind of information. */
    private void decide(String category) {
        form.check("Share in full");
        form.fill("1. Any police contact with the household?", "Known to the health visitor only");
        form.fill("2. Any intelligence on the adult named?", "Nothing held");
        form.fill("Reasons for your decision", "Needed to protect the child");
        form.fill("What exactly is released", "Health visiting contacts in 2026");
        form.check(category);
        form.fill("Why it is necessary and proportionate", "Needed for the strategy discussion");
        form.check("Art 9(2)(g), DPA 2018 Sch 1 para 18: safeguarding of children and individuals at risk");
        form.fill("Why is the basis met?", "Safeguarding a child at risk");
        form.check("Yes");
    }

    private void date(String prefix, LocalDate d) {
        for (String[] part : new String[][] {
            {"Day", Integer.toString(d.getDayOfMonth())},
            {"Month", Integer.toString(d.getMonthValue())},
            {"Year", Integer.toString(d.getYear())}
        }) {
            var input = browser.driver().findElement(By.id(prefix + part[0]));
            input.clear();
            input.sendKeys(part[1]);
        }
    }
}
