package org.lowshire.portal.ui;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.support.Browser;
import org.openqa.selenium.By;

/**
 * A journey through the portal in one Chromium per test: opens and closes the browser, signs people in and out, and
 * keeps a screenshot and the page source of wherever the journey failed (under the stack's work directory).
 */
abstract class BrowserJourney {

    protected Browser browser;
    protected FormFiller form;

    /** The steps of a journey; may throw whatever the browser or an assertion throws. */
    @FunctionalInterface
    interface Steps {
        void run() throws Exception;
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        form = new FormFiller(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Runs the steps; on failure keeps {@code name}.png and {@code name}.html, then fails with the original error. */
    protected void journey(String name, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError e) {
            browser.screenshot(name);
            Files.writeString(
                    TestStack.config().workDir().resolve("screenshots/" + name + ".html"),
                    browser.driver().getPageSource());
            throw e;
        }
    }

    protected void signInAs(String username) {
        browser.signIn(username);
        browser.waitFor(By.id("app-user-name"));
    }

    protected void signOut() {
        browser.waitFor(By.id("app-sign-out")).click();
        browser.waitFor(By.id("signed-out"));
    }
}
