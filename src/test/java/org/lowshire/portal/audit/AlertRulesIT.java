package org.lowshire.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lowshire.portal.audit.alert.AlertRules;
import org.lowshire.portal.support.Deployments;

/** The unusual-access rules against real events in PostgreSQL, with the default thresholds. */
@ExtendWith(ArquillianExtension.class)
class AlertRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(AlertRulesIT.class, AuditTrailIT.class);
    }

    @Inject
    AuditTrail audit;

    @Inject
    AlertRules rules;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource app;

    private void events(String user, AuditAction action, int n) throws Exception {
        tx.begin();
        for (int i = 0; i < n; i++) {
            audit.recordAs(
                    new Actor("s-" + user, user, "CSC", "practitioner", null, "127.0.0.1", null),
                    Instant.now(),
                    AuditEntry.of(action).target("TEST_RECORD", "r-" + i, null));
        }
        tx.commit();
    }

    @Test
    void fiftyViewsInTenMinutesAreNormalButFiftyOneRaiseOneAlert() throws Exception {
        String calm = "calm-" + UUID.randomUUID().toString().substring(0, 8);
        String busy = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        events(calm, AuditAction.VIEW, 50);
        events(busy, AuditAction.VIEW, 51);
        rules.evaluate();
        rules.evaluate();
        assertEquals(0, alerts("BULK_VIEWS", calm));
        assertEquals(1, alerts("BULK_VIEWS", busy), "one alert however often the rules run");
    }

    @Test
    void downloadsExportsAndEachPersonASearchReturnsCountTowardsBulkAccess() throws Exception {
        String calm = "mixed-" + UUID.randomUUID().toString().substring(0, 8);
        String busy = "mixed-" + UUID.randomUUID().toString().substring(0, 8);
        for (String user : new String[] {calm, busy}) {
            events(user, AuditAction.DOWNLOAD, 20);
            events(user, AuditAction.EXPORT, 19);
        }
        search(calm, 11);
        search(busy, 12);
        rules.evaluate();
        assertEquals(0, alerts("BULK_VIEWS", calm), "20 + 19 + a search listing 11 people = 50 reads");
        assertEquals(1, alerts("BULK_VIEWS", busy), "20 + 19 + a search listing 12 people = 51 reads");
    }

    private void search(String user, int people) throws Exception {
        tx.begin();
        audit.recordAs(
                new Actor("s-" + user, user, "CSC", "practitioner", null, "127.0.0.1", null),
                Instant.now(),
                AuditEntry.of(AuditAction.SEARCH)
                        .target("PERSON", null, null)
                        .persons(java.util.stream.IntStream.range(0, people)
                                .mapToObj(i -> "p-" + i)
                                .toList()));
        tx.commit();
    }

    @Test
    void fiveRefusalsRaiseARepeatedDenialAlert() throws Exception {
        String user = "denied-" + UUID.randomUUID().toString().substring(0, 8);
        events(user, AuditAction.ACCESS_DENIED, 4);
        rules.evaluate();
        assertEquals(0, alerts("REPEATED_DENIALS", user));
        events(user, AuditAction.ACCESS_DENIED, 1);
        rules.evaluate();
        assertEquals(1, alerts("REPEATED_DENIALS", user));
    }

    private long alerts(String rule, String user) throws SQLException {
        try (var c = app.getConnection();
                var s = c.prepareStatement(
                        "select count(*) from portal.audit_alert where rule = ? and actor_username = ?")) {
            s.setString(1, rule);
            s.setString(2, user);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
