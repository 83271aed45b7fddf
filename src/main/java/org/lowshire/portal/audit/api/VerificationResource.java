package org.lowshire.portal.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.lowshire.portal.audit.AuditVerification;
import org.lowshire.portal.audit.chain.VerificationResult;
import org.lowshire.portal.security.CurrentUser;

/**
 * {@code POST /api/audit/verifications} verifies the trail now; {@code GET} lists past runs. Information
 * governance officers only; there is no endpoint that changes or deletes audit events.
 */
@Path("/audit/verifications")
@RolesAllowed("ig-officer")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    AuditVerification verification;

    @Inject
    CurrentUser currentUser;

    @POST
    public VerificationResult verify() {
        return verification.verify(AuditVerification.Trigger.API, currentUser.getUsername());
    }

    @GET
    public List<AuditVerification.Run> history() {
        return verification.history(100);
    }
}
