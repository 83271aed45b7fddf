package org.lowshire.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.support.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The session-timeout warning (WCAG 2.2.1) in Chromium with axe: it carries the server's own timeout, opens as a
 * modal with the time left announced, "Stay signed in" keeps the session and gives focus back, "Sign out" signs out.
 * The warning is opened through its own script rather than by waiting out a real 30-minute timeout.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionTimeoutUiIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void stayingSignedInKeepsTheSessionAndReturnsFocus() throws Exception {
        journey("timeout-stay-failure", () -> {
            signInAs("csc.practitioner");
            browser.open("/requests/");
            var start = browser.waitFor(By.id("inbox:raise"));
            var dialog = browser.driver().findElement(By.id("timeout-warning"));
            assertEquals("1800", dialog.getAttribute("data-timeout"), "the session's own idle timeout, in seconds");
            assertFalse(isOpen(), "closed until the warning time");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", start);
            openWarning();
            assertTrue(
                    browser.text(By.id("timeout-text")).contains("we will sign you out in 2 minutes"),
                    browser.text(By.id("timeout-text")));
            assertEquals(
                    "You will be signed out in 2 minutes.",
                    browser.driver().findElement(By.id("timeout-announce")).getAttribute("textContent"));
            assertEquals("timeout-stay", active(), "focus moves into the dialog");
            browser.assertAccessible();
            browser.driver().findElement(By.id("timeout-stay")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !isOpen());
            assertEquals("inbox:raise", active(), "focus goes back where it was");
            browser.open("/requests/");
            browser.waitFor(By.id("app-user-name"));
        });
    }

    @Test
    void signingOutFromTheWarningEndsTheSession() throws Exception {
        journey("timeout-signout-failure", () -> {
            signInAs("police.practitioner");
            openWarning();
            browser.driver().findElement(By.id("timeout-signout")).click();
            browser.waitFor(By.id("signed-out"));
            browser.open("/requests/");
            browser.waitFor(By.id("username"));
            assertFalse(browser.isPresent(By.id("app-user-name")), "signed out: the portal asks to sign in again");
        });
    }

    private void openWarning() {
        ((JavascriptExecutor) browser.driver()).executeScript("window.portalTimeoutWarning.open();");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> isOpen());
    }

    private boolean isOpen() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById('timeout-warning').open;"));
    }

    private String active() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;");
    }
}
