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
import org.lowshire.portal.support.Deployments;
import org.openqa.selenium.By;

/**
 * The request journey in Chromium, axe on every page: a children's social care practitioner raises an urgent CSA
 * request to the police about two people through the task list (sending cannot start until every section is
 * completed; a check page reached early lists what is missing, each linked to its question; a change returns to
 * the check page), sends it from the check page and sees the confirmation; the police practitioner acknowledges and asks for clarification; the
 * requester answers; the police practitioner shares in part with a full decision record; the requester reads the
 * response and closes; an education practitioner with the link gets the 403 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestJourneyUiIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void raiseClarifyRespondAndClose() throws Exception {
        journey("request-journey-failure", this::steps);
    }

    @Test
    void aDraftNoLongerNeededIsWithdrawnWithItsReason() throws Exception {
        journey("withdraw-draft-failure", () -> {
            signInAs("edu.practitioner");
            browser.open("/requests/");
            browser.waitFor(By.id("inbox:raise")).click();
            browser.waitFor(By.id("withdraw:confirm")).click();
            browser.waitFor(By.id("error-summary"));
            assertEquals(
                    "Enter why you are withdrawing the request", browser.text(By.id("withdraw:withdrawReason-error")));
            assertTrue(
                    browser.driver().getTitle().startsWith("Error: "),
                    browser.driver().getTitle());
            browser.assertAccessible();
            form.fill("Why are you withdrawing this request?", "Raised by mistake");
            browser.driver().findElement(By.id("withdraw:confirm")).click();
            browser.waitFor(By.id("banner"));
            assertEquals("Withdrawn", browser.text(By.id("request-status")));
        });
    }

    /** Opens a task from the task list by its row link, as a user would. */
    private void openTask(String slug) {
        browser.driver().findElement(By.cssSelector("#task-" + slug + " a")).click();
        browser.waitFor(By.id("draft:continue"));
    }

    private void steps() throws Exception {
        signInAs("csc.practitioner");
        browser.open("/requests/");
        browser.assertAccessible();
        browser.waitFor(By.id("inbox:raise")).click();
        browser.waitFor(By.id("tasks"));
        String reference = browser.text(By.id("draft-reference"));
        String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
        assertEquals("Incomplete", browser.text(By.id("task-people-status")));
        assertEquals("Cannot start yet", browser.text(By.id("check-status")), "sending waits for every section");
        assertTrue(browser.driver().findElements(By.id("check-link")).isEmpty(), "and is not a link until then");
        browser.assertAccessible();

        openTask("people");
        form.choose("Their part in this request", "Child at risk or harmed");
        form.fill("First name", "Ada");
        form.fill("Last name", "Journeychild");
        form.fill("Day", "1");
        form.fill("Month", "4");
        form.fill("Year", "2015");
        form.fill("NHS number (optional)", "1234567890");
        browser.driver().findElement(By.id("draft:addPerson")).click();
        assertEquals(
                "Enter a valid 10-digit NHS number, like 943 476 5919", browser.text(By.id("draft:nhsNumber-error")));
        assertEquals(
                "Ada",
                browser.driver().findElement(By.id("draft:givenName")).getAttribute("value"),
                "what was typed survives a refusal");
        assertTrue(
                browser.driver().getTitle().startsWith("Error: "),
                browser.driver().getTitle());
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        assertEquals(
                "error-summary",
                js.executeScript("return document.activeElement.id;"),
                "the summary takes focus so it is announced");
        browser.driver()
                .findElement(By.linkText("Enter a valid 10-digit NHS number, like 943 476 5919"))
                .click();
        assertEquals(
                "draft:nhsNumber",
                js.executeScript("return document.activeElement.id;"),
                "each summary entry leads to its field");
        browser.assertAccessible();
        form.fill("NHS number (optional)", "");
        browser.driver().findElement(By.id("draft:addPerson")).click();
        browser.waitFor(By.id("subject-list"));
        form.choose("Their part in this request", "Adult of concern");
        form.fill("First name", "Carl");
        form.fill("Last name", "Journeyadult");
        browser.driver().findElement(By.id("draft:continue")).click();
        browser.waitFor(By.id("tasks"));
        browser.driver().findElement(By.cssSelector("#task-people a")).click();
        assertTrue(
                browser.waitFor(By.id("subject-list")).getText().contains("Journeyadult"),
                "Save and continue added the person typed but not yet added");
        browser.driver().findElement(By.id("draft:continue")).click();
        browser.waitFor(By.id("tasks"));
        assertEquals("Completed", browser.text(By.id("task-people-status")));

        openTask("files");
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("strategy-notes-", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        browser.driver().findElement(By.id("draft:file")).sendKeys(pdf.toString());
        browser.driver().findElement(By.id("draft:upload")).click();
        browser.waitFor(By.id("file-uploaded"));
        assertTrue(browser.text(By.id("file-list")).contains(pdf.getFileName().toString()));
        browser.assertAccessible();
        browser.driver().findElement(By.id("draft:continue")).click();
        browser.waitFor(By.id("tasks"));

        browser.open("/requests/check.xhtml?id=" + id);
        browser.waitFor(By.id("error-summary"));
        assertTrue(
                browser.driver().getTitle().startsWith("Error: "),
                browser.driver().getTitle());
        assertTrue(
                browser.text(By.id("check-problems")).contains("Select what the concern is"),
                "a check page reached too early says what is missing");
        assertFalse(browser.isPresent(By.id("send:send")), "and cannot send");
        browser.assertAccessible();
        browser.driver().findElement(By.linkText("Select what the concern is")).click();
        browser.waitFor(By.id("draft:continue"));
        form.check("Child sexual abuse outside the family");
        form.check("Secondary (early signs or risk)");
        form.fill("Why do you need this information?", "Decide whether a strategy discussion is needed");
        form.check("Child protection enquiry (s47) or strategy discussion");
        form.check("Urgent – answered within 1 working day");
        browser.driver().findElement(By.id("draft:continue")).click();
        browser.waitFor(By.id("check-concern"));
        assertTrue(
                browser.text(By.id("check-concern")).contains("Decide whether a strategy discussion is needed"),
                "the change returns to the check page with the answer");

        browser.waitFor(By.id("change-child")).click();
        browser.waitFor(By.id("draft:continue"));
        form.fill("The child's views and wishes (optional if you explain why not obtained)", "Wants to stay at school");
        form.fill("How were they obtained?", "Spoken with at school by the social worker");
        browser.driver().findElement(By.id("draft:continue")).click();
        browser.waitFor(By.id("change-basis")).click();
        browser.waitFor(By.id("draft:continue"));
        form.check("6(1)(e) public task");
        form.check("Art 9(2)(g), DPA 2018 Sch 1 para 18: safeguarding of children and individuals at risk");
        form.fill("Why is the basis met?", "Section 47 enquiries under the Children Act 1989");
        browser.driver().findElement(By.id("draft:continue")).click();
        browser.waitFor(By.id("change-ask")).click();
        browser.waitFor(By.id("draft:continue"));
        form.check("Lowshire Police");
        form.fill("Question 1", "Any police contact with the household since 2024?");
        form.fill("Question 2", "Any intelligence on the adult named?");
        browser.assertAccessible();
        browser.driver().findElement(By.id("draft:continue")).click();

        browser.waitFor(By.id("check-declaration"));
        assertFalse(browser.isPresent(By.id("error-summary")), "nothing is missing now");
        assertTrue(browser.text(By.id("check-ask-POLICE")).contains("Lowshire Police"));
        assertTrue(browser.text(By.id("check-people")).contains("Journeyadult"));
        assertTrue(browser.text(By.id("check-files")).contains(pdf.getFileName().toString()));
        browser.assertAccessible();
        browser.driver().findElement(By.id("send:send")).click();
        browser.waitFor(By.id("sent-panel"));
        assertEquals(reference, browser.text(By.id("sent-reference")));
        assertTrue(
                browser.text(By.id("sent-asks")).startsWith("Lowshire Police: due by"),
                browser.text(By.id("sent-asks")));
        browser.assertAccessible();
        assertTrue(
                browser.driver()
                        .findElement(By.id("sent-copy"))
                        .getAttribute("href")
                        .contains("/requests/copy?id="),
                "a way to keep a record");
        browser.driver().findElement(By.id("sent-view")).click();
        browser.waitFor(By.id("request-reference"));
        assertEquals(reference, browser.text(By.id("request-reference")));
        assertEquals("Sent", browser.text(By.id("request-status")));
        browser.assertAccessible();
        String url = browser.driver().getCurrentUrl();
        browser.open("/requests/check.xhtml?id=" + id);
        assertEquals(
                reference,
                browser.waitFor(By.id("request-reference")).getText(),
                "a sent request's check page (a bookmark) goes to the request");
        browser.open("/requests/task.xhtml?id=" + id + "&task=nonsense");
        browser.waitFor(By.id("error-404"));
        signOut();

        signInAs("police.practitioner");
        browser.open("/requests/");
        form.choose("Urgency", "Urgent");
        form.choose("Concern", "Child sexual abuse outside the family");
        form.choose("Sort by", "Reference, newest first");
        browser.driver().findElement(By.id("inbox:apply")).click();
        browser.waitFor(By.linkText(reference));
        assertTrue(
                browser.text(By.id("incoming-count")).matches("\\d+ requests? match(es)?"),
                "the number of matches is given in words: " + browser.text(By.id("incoming-count")));
        form.choose("Urgency", "Standard");
        browser.driver().findElement(By.id("inbox:apply")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(By.linkText(reference)).isEmpty());
        browser.driver().findElement(By.id("inbox:clear")).click();
        browser.waitFor(By.linkText(reference)).click();
        assertTrue(browser.text(By.id("file-list")).contains("strategy-notes-"), "the police see the attachment");
        browser.waitFor(By.id("actions:acknowledge")).click();
        browser.waitFor(By.id("banner"));
        assertEquals("Acknowledged", browser.text(By.id("request-status")));
        form.fill("Ask the requester for clarification", "Which school does the child attend?");
        browser.driver().findElement(By.id("actions:askClarification")).click();
        browser.waitFor(By.id("waiting-clarification"));
        browser.assertAccessible();
        signOut();

        signInAs("csc.practitioner");
        browser.driver().get(url);
        assertEquals("Clarification asked", browser.text(By.id("request-status")));
        form.fill("Your answer", "Lowtown Primary School");
        browser.waitFor(By.xpath("//input[@value='Send answer']")).click();
        browser.waitFor(By.id("banner"));
        signOut();

        signInAs("police.practitioner");
        browser.driver().get(url);
        browser.waitFor(By.id("respond")).click();
        browser.waitFor(By.id("respond:continue"));
        browser.assertAccessible();
        form.check("Share in part");
        form.fill("1. Any police contact with the household since 2024?", "Two call-outs in 2025, no arrests");
        form.fill("Reasons for your decision", "Risk of significant harm to the child");
        form.fill("What exactly is released", "Dates and nature of two call-outs");
        form.check("Police and criminal-offence information");
        form.fill("Why it is necessary and proportionate", "Needed for the strategy discussion; dates only");
        form.check("DPA 2018 Part 3, Sch 8 para 4: safeguarding children (police and probation)");
        form.fill("Why is the basis met?", "Safeguarding a child at risk");
        form.check("Seeking consent would increase the risk to the child or others");
        form.fill(
                "If sharing without consent: why it is necessary and proportionate",
                "Seeking consent would increase the risk to the child");
        form.check("No");
        form.fill("If not, or deferred, why", "Telling the family would prejudice the enquiry");
        form.fill("Identities protected and redactions", "Intelligence on the adult withheld");
        browser.driver().findElement(By.id("respond:continue")).click();
        browser.waitFor(By.id("check-decision"));
        assertTrue(
                browser.driver().getTitle().startsWith("Check your decision"),
                browser.driver().getTitle());
        assertTrue(browser.text(By.id("check-decision")).contains("Dates and nature of two call-outs"));
        assertTrue(browser.text(By.id("check-answers")).contains("Two call-outs in 2025, no arrests"));
        assertTrue(browser.isPresent(By.id("check-without-consent")), "no consent recorded: the warning is shown");
        assertFalse(browser.isPresent(By.id("check-approval")), "official, police policy: no second person");
        browser.assertAccessible();
        browser.driver().findElement(By.id("respond:changeAnswers")).click();
        browser.waitFor(By.id("respond:continue"));
        assertEquals(
                "Risk of significant harm to the child",
                browser.driver().findElement(By.id("respond:reasons")).getAttribute("value"),
                "Change keeps every answer");
        browser.driver().findElement(By.id("respond:continue")).click();
        assertEquals(
                "Record decision and release",
                browser.waitFor(By.id("respond:send")).getAttribute("value"));
        browser.driver().findElement(By.id("respond:send")).click();
        browser.waitFor(By.id("banner"));
        assertEquals("Responded", browser.text(By.id("request-status")));
        signOut();

        signInAs("csc.practitioner");
        browser.driver().get(url);
        String parts = browser.text(By.id("part-POLICE-card"));
        assertTrue(
                parts.contains("Two call-outs in 2025") && parts.contains("Intelligence on the adult withheld"), parts);
        browser.assertAccessible();
        form.fill("Closing note (optional)", "Strategy discussion held");
        browser.driver().findElement(By.id("actions:close")).click();
        browser.waitFor(By.id("banner"));
        assertEquals("Closed", browser.text(By.id("request-status")));
        browser.waitFor(By.id("subnav-history")).click();
        browser.waitFor(By.id("request-history"));
        assertTrue(browser.text(By.id("request-history")).contains("Purpose"));
        browser.assertAccessible();
        signOut();

        signInAs("edu.practitioner");
        browser.driver().get(url);
        assertEquals("You do not have access to this page", browser.text(By.id("error-403")));
        assertFalse(browser.driver().getPageSource().contains("Journeychild"));
    }
}
