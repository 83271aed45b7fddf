package org.lowshire.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.support.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** A NUL pasted into an answer is refused by its field, like any other bad answer, and what was typed stays. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ControlCharactersUiIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aNulCharacterInAnAnswerIsRefusedByTheField() throws Exception {
        journey("control-characters-failure", () -> {
            signInAs("csc.practitioner");
            browser.open("/requests/");
            browser.waitFor(By.id("inbox:raise")).click();
            browser.waitFor(By.id("tasks"));
            browser.driver().findElement(By.cssSelector("#task-concern a")).click();
            browser.waitFor(By.id("draft:continue"));
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('draft:purpose').value = 'Decide\\u0000now';");
            browser.driver().findElement(By.id("draft:continue")).click();
            assertTrue(
                    browser.text(By.id("draft:purpose-error")).startsWith("Remove the control character"),
                    browser.text(By.id("draft:purpose-error")));
            assertTrue(
                    browser.driver().getTitle().startsWith("Error: "),
                    browser.driver().getTitle());
            assertEquals(
                    "Decide",
                    browser.driver()
                            .findElement(By.id("draft:purpose"))
                            .getAttribute("value")
                            .substring(0, 6),
                    "what was typed stays");
            browser.assertAccessible();
        });
    }
}
