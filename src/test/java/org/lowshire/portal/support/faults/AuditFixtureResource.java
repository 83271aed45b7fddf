package org.lowshire.portal.support.faults;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.lowshire.portal.audit.AuditAction;
import org.lowshire.portal.audit.AuditEntry;
import org.lowshire.portal.audit.AuditTrail;

/**
 * Test-only: records that the caller viewed (or disclosed) a synthetic record about a person, the way case features
 * will, so the IG reports have something to find before those features exist.
 */
@Path("/test-fixtures/audit")
public class AuditFixtureResource {

    @Inject
    AuditTrail audit;

    @POST
    @Transactional
    public String record(
            @QueryParam("action") String action,
            @QueryParam("person") String person,
            @QueryParam("record") String record,
            @QueryParam("recipient") String recipient) {
        audit.record(AuditEntry.of(AuditAction.valueOf(action))
                .target("TEST_RECORD", record, "TST-" + record)
                .persons(List.of(person))
                .recipient(recipient));
        return "recorded";
    }
}
