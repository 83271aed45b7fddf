package org.lowshire.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;
import org.lowshire.portal.support.Tokens;

/**
 * Logs are a disclosure channel: a database error on a row holding case text must not put that text in the server
 * log, neither through the driver's message (the failing row, a batch entry's values) nor through Hibernate's error
 * reporting. The log keeps the correlation id the caller was given.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogDisclosureIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFaults();
    }

    @Test
    void aDatabaseErrorLogsNoneOfTheRowsText() throws Exception {
        String token = Tokens.accessToken("csc.practitioner");
        for (String kind : new String[] {"statement", "batch"}) {
            String marker = "Markerchild" + UUID.randomUUID().toString().substring(0, 8);
            var r = Http.json(
                    "POST", Http.appUrl("/api/test-faults/database/" + kind + "?marker=" + marker), token, null);
            assertEquals(500, r.statusCode(), kind + ": " + r.body());
            assertFalse(r.body().contains(marker), "nor in the answer");
            String correlation = Tokens.json(r.body()).path("correlationId").asText();
            Path log = Path.of(System.getProperty("it.base.dir", "target/it-server"), "log", "server.log");
            String text = Files.readString(log);
            assertTrue(text.contains(correlation), kind + ": the error is logged with its correlation id");
            assertFalse(text.contains(marker), kind + ": the row's text is not in the server log");
        }
    }
}
