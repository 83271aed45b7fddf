package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.devstack.EmbeddedDatabase;
import org.lowshire.portal.devstack.TestStack;
import org.lowshire.portal.request.deadline.BankHolidays;
import org.lowshire.portal.request.deadline.DeadlinePolicy;
import org.lowshire.portal.request.deadline.Urgency;
import org.lowshire.portal.request.deadline.WorkingCalendar;
import org.lowshire.portal.support.Deployments;
import org.lowshire.portal.support.Http;

/**
 * Due dates on the real server: an urgent request is due at the end of the next working day (bank holidays from
 * the database), and once overdue the escalation job marks the police part escalated for the police lead, as an
 * event by the portal itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestDeadlineIT {

    private static final RequestApiClient API = new RequestApiClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithFaults();
    }

    @Test
    void anUrgentRequestIsDueNextWorkingDayAndEscalatedWhenOverdue() throws Exception {
        Instant before = Instant.now();
        String id = API.submittedRequest("OFFICIAL");
        Instant after = Instant.now();
        var part = API.ok("police.lead", "GET", "/" + id, null).path("asks").path(0);
        Instant due = Instant.parse(part.path("dueAt").asText());
        var calendar = new WorkingCalendar(
                BankHolidays.fromMigration(TestStack.config().projectDir()));
        var policy = DeadlinePolicy.defaults();
        assertTrue(
                due.equals(policy.dueAt(before, Urgency.URGENT, calendar))
                        || due.equals(policy.dueAt(after, Urgency.URGENT, calendar)),
                "due " + due);
        assertFalse(part.path("escalated").asBoolean());

        try (var c = DriverManager.getConnection(
                        TestStack.config().dbUrl(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD);
                var s = c.prepareStatement("update portal.request_ask"
                        + " set due_at = ? where request_id = (select id from portal.info_request where uuid = ?)")) {
            s.setObject(1, OffsetDateTime.now().minusHours(2));
            s.setString(2, id);
            assertEquals(1, s.executeUpdate());
        }
        var run = Http.postForm(
                Http.appUrl("/api/test-fixtures/escalation"),
                Map.of(),
                "Authorization",
                "Bearer " + API.token("police.lead"));
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(Integer.parseInt(run.body()) >= 1, run.body());
        assertTrue(API.ok("police.lead", "GET", "/" + id, null)
                .path("asks")
                .path(0)
                .path("escalated")
                .asBoolean());
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where target_id = ?"
                                + " and action = 'STATE_CHANGE' and actor_username = 'system:escalation'",
                        id));
        Http.postForm(
                Http.appUrl("/api/test-fixtures/escalation"),
                Map.of(),
                "Authorization",
                "Bearer " + API.token("police.lead"));
        assertEquals(
                1,
                RequestApiClient.count(
                        "select count(*) from portal.audit_event where target_id = ?"
                                + " and action = 'STATE_CHANGE' and actor_username = 'system:escalation'",
                        id),
                "a second run escalates nothing twice");
    }
}
