package org.lowshire.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;
import org.lowshire.portal.support.faults.FaultyPage;
import org.openqa.selenium.By;

/** Sign-in and session failures a user meets, in a real browser: each ends on a clear page that leaks nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInFailuresUiIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFaults();
    }

    @Test
    void aWrongPasswordShowsKeycloaksErrorAndNoPortalPage() {
        browser.signIn("edu.practitioner", "Not-the-password-1");
        browser.waitFor(By.id("username"));
        assertTrue(
                browser.driver().getPageSource().contains("Invalid username or password"),
                "Keycloak says the credentials are wrong");
        assertFalse(browser.isPresent(By.id("app-user-name")));
        browser.assertAccessible();
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageWithoutServerDetails() {
        signInAs("csc.practitioner");
        browser.open("/no-such-page.xhtml");
        assertEquals("Page not found", browser.text(By.id("error-404")));
        assertLeaksNothing();
        browser.assertAccessible();
    }

    @Test
    void anExpiredFormShowsTheExpiredPage() {
        signInAs("csc.practitioner");
        // A postback with a view state the server no longer has is what an expired page sends.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("var f=document.createElement('form');f.method='post';f.action=location.href;"
                        + "var i=document.createElement('input');i.type='hidden';i.name='jakarta.faces.ViewState';"
                        + "i.value='stale-view-state';f.appendChild(i);document.body.appendChild(f);f.submit();");
        assertEquals("This page has expired", browser.text(By.id("error-expired")));
        assertLeaksNothing();
        browser.assertAccessible();
    }

    @Test
    void aFailingPageShowsTheProblemPageWithAReferenceAndNoDetails() {
        signInAs("csc.practitioner");
        browser.open("/test-faulty.xhtml");
        assertEquals("Sorry, there is a problem with the service", browser.text(By.id("error-500")));
        assertTrue(browser.text(By.id("error-reference")).matches("Reference for support: [0-9a-f-]{36}"));
        assertFalse(browser.driver().getPageSource().contains(FaultyPage.SECRET_DETAIL));
        assertLeaksNothing();
        browser.assertAccessible();
    }

    @Test
    void keycloaksBackChannelLogoutEndsThePortalSession() {
        signInAs("police.lead");

        String admin = Tokens.adminToken();
        String users = TestStack.config().keycloakUrl() + "/admin/realms/safeguarding/users";
        var found = Http.get(users + "?exact=true&username=police.lead", "Authorization", "Bearer " + admin);
        String id = Tokens.json(found.body()).path(0).path("id").asText();
        var logout = Http.postForm(users + "/" + id + "/logout", Map.of(), "Authorization", "Bearer " + admin);
        assertEquals(204, logout.statusCode(), "Keycloak ends the user's sessions");

        browser.open("/");
        browser.waitFor(By.id("username"));
        assertFalse(browser.isPresent(By.id("app-user-name")), "the portal session ended with Keycloak's");
    }

    /** Nothing a user sees names the server, its versions or the failure's internals. */
    private void assertLeaksNothing() {
        String visible = browser.driver().findElement(By.tagName("body")).getText();
        for (String word : new String[] {"Exception", "WildFly", "Undertow", "Mojarra", "stack", "at org."}) {
            assertFalse(visible.contains(word), () -> "the error page must not show " + word + ": " + visible);
        }
        String source = browser.driver().getPageSource();
        for (String word : new String[] {"39.0.1", "WFLY", "UT0", "\tat "}) {
            assertFalse(source.contains(word), "the error page's source must not contain " + word);
        }
    }
}
