package org.lowshire.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.access.SignedInSession;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;
import org.lowshire.portal.support.faults.FaultyPage;

/**
 * Logs are a disclosure channel: a database error on a row holding case text must not put that text in the server
 * log, neither through the driver's message (the failing row, a batch entry's values) nor through Hibernate's error
 * reporting nor through the page or REST error handlers. The log keeps the correlation id the caller was given, the
 * entity and, where the write had one, its id.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogDisclosureIT {

    private static final Path LOG = Path.of(System.getProperty("it.base.dir", "target/it-server"), "log", "server.log");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFaults();
    }

    private static String marker() {
        return "Mk" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    @Test
    void aDatabaseErrorLogsNoneOfTheRowsText() throws Exception {
        String token = Tokens.accessToken("csc.practitioner");
        for (String kind : new String[] {"statement", "batch"}) {
            String marker = marker();
            var r = Http.json(
                    "POST", Http.appUrl("/api/test-faults/database/" + kind + "?marker=" + marker), token, null);
            assertEquals(500, r.statusCode(), kind + ": " + r.body());
            assertFalse(r.body().contains(marker), "nor in the answer");
            String correlation = Tokens.json(r.body()).path("correlationId").asText();
            String text = Files.readString(LOG);
            assertTrue(text.contains(correlation), kind + ": the error is logged with its correlation id");
            assertFalse(text.contains(marker), kind + ": the row's text is not in the server log");
        }
    }

    /**
     * Every kind of record the portal stores, its every text field holding the marker, refused by the database. The
     * log names the entity and its id, or says it was new when its id is the database's to give (and so never was).
     */
    @Test
    void aFailedWriteOfAnyRecordLogsTheEntityAndIdButNoneOfItsText() throws Exception {
        String token = Tokens.accessToken("csc.practitioner");
        var entities = Tokens.json(Http.json("GET", Http.appUrl("/api/test-faults/database/entities"), token, null)
                .body());
        assertTrue(entities.size() >= 15, "the portal's entities are listed: " + entities);
        List<String> failures = new ArrayList<>();
        for (var node : entities) {
            String entity = node.asText();
            String marker = marker();
            long logBefore = Files.size(LOG);
            var r = Http.json(
                    "POST",
                    Http.appUrl("/api/test-faults/database/entity/" + entity + "?marker=" + marker),
                    token,
                    null);
            if (r.statusCode() != 500) {
                failures.add(entity + ": the database accepted the write (" + r.statusCode() + ")");
                continue;
            }
            String correlation = Tokens.json(r.body()).path("correlationId").asText();
            String logged = logSince(logBefore);
            if (logged.contains(marker) || r.body().contains(marker)) {
                failures.add(entity + ": its text reached the log or the answer");
            }
            String line = lineWith(logged, correlation);
            if (line == null) {
                failures.add(entity + ": no log line with the correlation id " + correlation);
            } else if (!Pattern.compile(
                            "entity " + entity + "( ids? \\S+| \\(a new record: the database gives its id\\))")
                    .matcher(line)
                    .find()) {
                failures.add(entity + ": the log line does not name the entity and its id: " + line);
            }
        }
        assertEquals(List.of(), failures);
    }

    /** A page whose write fails, and a page whose exception message carries text: the log has neither text. */
    @Test
    void aFailingPageLogsItsCorrelationIdButNoneOfTheText() throws Exception {
        var session = SignedInSession.signIn("csc.practitioner", "Lowshire-demo-2026");
        String marker = marker();
        long logBefore = Files.size(LOG);
        var page = session.get("/test-faulty-write.xhtml?entity=Person&marker=" + marker);
        assertEquals(500, page.statusCode());
        assertFalse(page.body().contains(marker));
        var shown = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .matcher(page.body());
        assertTrue(shown.find(), "the error page shows a reference");
        String logged = logSince(logBefore);
        assertFalse(logged.contains(marker), "the failed write's text is not in the log");
        String line = lineWith(logged, shown.group());
        assertTrue(line != null && line.contains("entity Person id "), "logged with entity and id: " + logged);

        logBefore = Files.size(LOG);
        assertEquals(500, session.get("/test-faulty.xhtml").statusCode());
        assertFalse(
                logSince(logBefore).contains(FaultyPage.SECRET_DETAIL),
                "an exception's message is not copied into the log");
    }

    private static String logSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(LOG);
        int from = (int) Math.min(offset, all.length);
        return new String(all, from, all.length - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String lineWith(String log, String text) {
        for (String line : log.split("\n")) {
            if (line.contains(text) && line.contains("Unexpected error")) {
                return line;
            }
        }
        return null;
    }
}
