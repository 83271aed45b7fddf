package org.lowshire.portal.support.faults;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.lowshire.portal.request.Escalation;

/** Test-only: runs the escalation job now instead of at its next five-minute mark. */
@Path("/test-fixtures/escalation")
public class EscalationFixtureResource {

    @Inject
    Escalation escalation;

    @POST
    public String run() {
        return String.valueOf(escalation.escalateOverdue());
    }
}
