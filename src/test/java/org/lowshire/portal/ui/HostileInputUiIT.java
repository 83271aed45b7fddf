package org.lowshire.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.request.RequestApiClient;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.HostileValues;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Every free-text field of the raise-request task list, in Chromium, with every hostile value that fits its limit
 * (lengths are the REST suite's): typed (set by script, as ChromeDriver cannot type astral characters), saved, and
 * read back exactly on the task page and the check page, with no alert dialog and no script run. One row per field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputUiIT extends BrowserJourney {

    private static final RequestApiClient API = new RequestApiClient();

    /** A task of the draft and the CSS selector of one of its text fields. */
    record Field(String task, String css) {}

    static final List<Field> FIELDS = List.of(
            new Field("concern", "#draft\\:purpose"),
            new Field("child", "#draft\\:childViews"),
            new Field("child", "#draft\\:viewsHowObtained"),
            new Field("child", "#draft\\:viewsNotObtained"),
            new Field("child", "#draft\\:identitiesToProtect"),
            new Field("basis", "#draft\\:justification"),
            new Field("ask", "textarea[id$=':question']"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyTaskListFieldKeepsHostileTextAsTextAndRunsNoScript() throws Exception {
        journey("hostile-input-failure", () -> {
            String id = API.ok("csc.practitioner", "POST", "", null).path("id").asText();
            API.ok("csc.practitioner", "PUT", "/" + id + "/draft", RequestApiClient.draft(0, "OFFICIAL"));
            signInAs("csc.practitioner");
            List<String> failures = new ArrayList<>();
            var values = HostileValues.text(100);
            values.keySet().removeIf(k -> k.contains("limit") || k.contains("long"));
            for (Map.Entry<String, String> value : values.entrySet()) {
                for (String task : FIELDS.stream().map(Field::task).distinct().toList()) {
                    openTask(id, task);
                    FIELDS.stream().filter(f -> f.task().equals(task)).forEach(f -> type(f.css(), value.getValue()));
                    browser.driver().findElement(By.id("draft:continue")).click();
                    browser.waitFor(By.id("tasks"));
                    noScriptRan(failures, task + " saved / " + value.getKey());
                    openTask(id, task);
                    noScriptRan(failures, task + " read back / " + value.getKey());
                    FIELDS.stream().filter(f -> f.task().equals(task)).forEach(f -> {
                        String shown = browser.driver()
                                .findElement(By.cssSelector(f.css()))
                                .getAttribute("value");
                        if (!value.getValue().equals(shown)) {
                            failures.add(f.css() + " / " + value.getKey() + ": read back as " + shown);
                        }
                    });
                }
                browser.open("/requests/check.xhtml?id=" + id);
                browser.waitFor(By.id("main"));
                noScriptRan(failures, "check page / " + value.getKey());
                assertTrue(
                        browser.driver().getPageSource().contains(escaped(value.getValue()))
                                || browser.text(By.id("main")).contains(value.getValue()),
                        "the check page shows " + value.getKey() + " as text");
            }
            assertEquals(List.of(), failures);
            browser.assertAccessible();
        });
    }

    /** The consent form's free-text fields (ids in the form {@code consent}) and the columns they are stored in. */
    static final Map<String, String> CONSENT_FIELDS = Map.of(
            "giverName", "giver_name",
            "giverRelationship", "giver_relationship",
            "documentReference", "document_reference",
            "verifiedBy", "verified_by");

    @Test
    void theConsentFormKeepsHostileTextAsTextAndRunsNoScript() throws Exception {
        journey("hostile-consent-failure", () -> {
            String person = API.personOf(API.submittedRequest("OFFICIAL"));
            signInAs("csc.practitioner");
            FormFiller form = new FormFiller(browser);
            List<String> failures = new ArrayList<>();
            var values = HostileValues.text(100);
            values.keySet().removeIf(k -> k.contains("limit") || k.contains("long"));
            for (Map.Entry<String, String> value : values.entrySet()) {
                browser.open("/requests/person.xhtml?id=" + person);
                browser.waitFor(By.id("consent:save"));
                hookAlert();
                form.check("Given");
                for (String[] part : new String[][] {{"Day", "5"}, {"Month", "1"}, {"Year", "2026"}}) {
                    type("#consent\\:statusOn" + part[0], part[1]);
                }
                form.check("A person with parental responsibility");
                form.check("Child protection enquiry (s47) or strategy discussion");
                form.check("Lowshire Children's Social Care");
                form.check("Health");
                form.check("In writing");
                CONSENT_FIELDS.keySet().forEach(f -> type("#consent\\:" + f, value.getValue()));
                browser.driver().findElement(By.id("consent:save")).click();
                browser.waitFor(By.id("banner"));
                noScriptRan(failures, "consent saved / " + value.getKey());
                CONSENT_FIELDS.forEach((f, column) -> {
                    String stored = RequestApiClient.text(
                            "select c." + column + " from portal.consent c join portal.person p on p.id = c.person_id"
                                    + " where p.uuid = ? order by c.id desc limit 1",
                            person);
                    if (!value.getValue().equals(stored)) {
                        failures.add(f + " / " + value.getKey() + ": stored as " + stored);
                    }
                });
                if (!browser.text(By.id("main")).contains(value.getValue())) {
                    failures.add("the person page does not show " + value.getKey() + " as text");
                }
            }
            assertEquals(List.of(), failures);
            browser.assertAccessible();
        });
    }

    /** The response form's free-text fields (ids in the form {@code respond}) and their columns in ask_response. */
    static final Map<String, String> RESPONSE_FIELDS = Map.of(
            "reasons", "reasons",
            "whatReleased", "what_released",
            "necessity", "necessity",
            "justification", "lawful_basis_justification",
            "withoutConsentReason", "without_consent_reason",
            "views", "views_of_child_family",
            "advice", "advice_sought",
            "redactions", "redactions",
            "onwardConditions", "onward_conditions");

    /** Two responses, the hostile values rotated over the fields, so every field and every value is tried. */
    @Test
    void theResponseFormKeepsHostileTextAsTextAndRunsNoScript() throws Exception {
        journey("hostile-response-failure", () -> {
            String person = API.personOf(API.submittedRequest("OFFICIAL"));
            var values = HostileValues.text(100);
            values.keySet().removeIf(k -> k.contains("limit") || k.contains("long"));
            List<String> hostile = List.copyOf(values.values());
            List<String> fields = RESPONSE_FIELDS.keySet().stream().sorted().toList();
            List<String> failures = new ArrayList<>();
            FormFiller form = new FormFiller(browser);
            signInAs("police.practitioner");
            for (int round = 0; round < 2; round++) {
                String id = API.acknowledgedRequestAbout(person, "POLICE", "OFFICIAL");
                browser.open("/requests/respond.xhtml?id=" + id);
                browser.waitFor(By.id("respond:continue"));
                hookAlert();
                form.check("Share in full");
                form.check("Police and criminal-offence information");
                form.check("6(1)(e) public task");
                form.check("DPA 2018 Part 3, Sch 8 para 4: safeguarding children (police and probation)");
                form.check("Risk of significant harm to a child");
                form.check("Yes");
                Map<String, String> typed = new java.util.LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    typed.put(fields.get(i), hostile.get((i + round * 5) % hostile.size()));
                    type("#respond\\:" + fields.get(i), typed.get(fields.get(i)));
                }
                String answer = hostile.get((fields.size() + round * 5) % hostile.size());
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "document.querySelectorAll(\"textarea[id$=':answer']\").forEach(e => e.value = arguments[0]);",
                                answer);
                browser.driver().findElement(By.id("respond:continue")).click();
                browser.waitFor(By.id("check-decision"));
                noScriptRan(failures, "response check page, round " + round);
                browser.driver().findElement(By.id("respond:send")).click();
                browser.waitFor(By.id("banner"));
                noScriptRan(failures, "request page after the response, round " + round);
                typed.forEach((field, value) -> {
                    String stored = RequestApiClient.text(
                            "select x." + RESPONSE_FIELDS.get(field) + " from portal.ask_response x"
                                    + " join portal.request_ask a on a.id = x.ask_id"
                                    + " join portal.info_request r on r.id = a.request_id"
                                    + " where r.uuid = ? order by x.id desc limit 1",
                            id);
                    if (!value.equals(stored)) {
                        failures.add(field + ": stored as " + stored);
                    }
                });
                String storedAnswer = RequestApiClient.text(
                        "select t.text from portal.response_answer t join portal.ask_response x on x.id = t.response_id"
                                + " join portal.request_ask a on a.id = x.ask_id"
                                + " join portal.info_request r on r.id = a.request_id"
                                + " where r.uuid = ? order by t.id limit 1",
                        id);
                if (!answer.equals(storedAnswer)) {
                    failures.add("answer: stored as " + storedAnswer);
                }
            }
            assertEquals(List.of(), failures);
            browser.assertAccessible();
        });
    }

    private void openTask(String id, String task) {
        browser.open("/requests/task.xhtml?id=" + id + "&task=" + task);
        browser.waitFor(By.id("draft:continue"));
        hookAlert();
    }

    /** Sets a field's value as typed text and fires the input event a keyboard would. */
    private void type(String css, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var e = document.querySelector(arguments[0]); e.value = arguments[1];"
                                + " e.dispatchEvent(new Event('input', {bubbles: true}));",
                        css,
                        value);
    }

    private void hookAlert() {
        ((JavascriptExecutor) browser.driver())
                .executeScript("window.__alerts = 0; window.alert = function() { window.__alerts++; };");
    }

    /**
     * No alert dialog is open, none was called on a hooked page, the hostile values' marker was never set, and no
     * value became markup.
     */
    private void noScriptRan(List<String> failures, String where) {
        try {
            browser.driver().switchTo().alert().dismiss();
            failures.add(where + ": an alert dialog opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        Object ran = ((JavascriptExecutor) browser.driver())
                .executeScript("return (window.__alerts || 0) + (" + HostileValues.SCRIPT_MARKER + " ? 1 : 0);");
        if (((Number) ran).intValue() != 0) {
            failures.add(where + ": script ran");
        }
        // The page's Content-Security-Policy blocks inline script, so a value rendered as markup may run nothing:
        // look for the markup itself (the hostile script element, the image with the handler).
        Object injected = ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.scripts).filter(s => s.textContent.includes('__hostileRan'))"
                        + ".length + document.querySelectorAll('img[src=\"x\"]').length;");
        if (((Number) injected).intValue() != 0) {
            failures.add(where + ": a value was rendered as markup");
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
