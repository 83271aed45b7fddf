package org.lowshire.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.devstack.DemoUsers;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.support.Browser;
import org.lowshire.portal.support.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every demo user signs in through the real Keycloak page in Chromium, sees their name, agency and role, exactly the
 * navigation of their role, can open their own sections, gets the 403 page for every other section, and signs out
 * for real: the back button then shows no portal data. Every page is scanned with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInByRoleUiIT {

    /** What each role should see, written out here independently of the code under test. */
    private static final Map<String, List<String>> NAV = Map.of(
            "practitioner", List.of("Home", "Requests"),
            "agency-lead", List.of("Home", "Requests", "Consent reports"),
            "mappa-coordinator", List.of("Home", "MAPPA"),
            "mappa-chair", List.of("Home", "MAPPA"),
            "ig-officer", List.of("Home", "Audit trail", "Consent reports"),
            "board-analyst", List.of("Home", "Board reports"),
            "admin", List.of("Home", "Administration"));

    private static final Map<String, String> SECTION_PATHS = Map.of(
            "Requests",
            "/requests/",
            "MAPPA",
            "/mappa/",
            "Audit trail",
            "/ig/",
            "Consent reports",
            "/consent/",
            "Board reports",
            "/board/",
            "Administration",
            "/admin/");
    private static final Map<String, String> ROLE_LABEL = Map.of(
            "practitioner",
            "Practitioner",
            "agency-lead",
            "Agency safeguarding lead",
            "mappa-coordinator",
            "MAPPA coordinator",
            "mappa-chair",
            "MAPPA Chair",
            "ig-officer",
            "Information governance officer",
            "board-analyst",
            "Board analyst",
            "admin",
            "Administrator");
    private static final Map<String, String> AGENCY_NAME = Map.of(
            "CSC",
            "Lowshire Children's Social Care",
            "POLICE",
            "Lowshire Police",
            "EDU",
            "Lowshire Education Safeguarding Team",
            "HEALTH",
            "Lowshire Integrated Care Board",
            "MAPPA",
            "Lowshire MAPPA Unit",
            "PROBATION",
            "Probation Service, Lowshire",
            "VCS",
            "Lowshire Voluntary Sector Safeguarding Forum");

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void everyDemoRoleSignsInSeesOnlyItsOwnSectionsAndSignsOut() throws Exception {
        var users = DemoUsers.read(DemoUsers.realmFile(TestStack.config().projectDir()));
        assertEquals(
                NAV.keySet(),
                users.stream().map(DemoUsers.DemoUser::role).collect(java.util.stream.Collectors.toSet()),
                "the demo users cover every role");
        boolean loginPageScanned = false;
        for (var user : users) {
            browser.open("/");
            browser.waitFor(By.id("username"));
            if (!loginPageScanned) {
                browser.assertAccessible();
                loginPageScanned = true;
            }
            browser.submitLogin(user.username(), user.password());

            assertEquals(user.displayName(), browser.text(By.id("app-user-name")), user.username());
            assertEquals(AGENCY_NAME.get(user.agency()), browser.text(By.id("app-user-agency")), user.username());
            assertEquals(ROLE_LABEL.get(user.role()), browser.text(By.id("app-user-roles")), user.username());
            assertEquals(NAV.get(user.role()), navigation(), user.username() + " navigation");
            browser.assertAccessible();

            for (var section : SECTION_PATHS.entrySet()) {
                browser.open(section.getValue());
                boolean own = NAV.get(user.role()).contains(section.getKey());
                if (own) {
                    assertEquals(section.getKey(), browser.text(By.tagName("h1")), user.username());
                    assertFalse(browser.isPresent(By.id("error-403")), user.username() + " " + section.getKey());
                } else {
                    assertEquals(
                            "You do not have access to this page",
                            browser.text(By.id("error-403")),
                            user.username() + " must be refused " + section.getValue());
                    assertTrue(
                            browser.text(By.id("error-reference")).matches("Reference for support: [0-9a-f-]{36}"),
                            "the 403 page gives a reference to quote");
                }
                browser.assertAccessible();
            }

            browser.open("/");
            browser.waitFor(By.id("app-sign-out")).click();
            assertEquals("You have signed out", browser.text(By.id("signed-out")), user.username());
            browser.assertAccessible();
            browser.driver().navigate().back();
            browser.waitFor(By.id("username"));
            assertTrue(
                    browser.driver().findElements(By.id("app-user-name")).isEmpty(),
                    "after sign-out the back button shows the login page, not " + user.username() + "'s data");
        }
    }

    private static List<String> navigation() {
        List<String> items = new ArrayList<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("#app-nav a"))) {
            items.add(link.getText());
        }
        return items;
    }
}
