package org.lowshire.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.lowshire.portal.admin.AgencySettings;
import org.lowshire.portal.agency.Agency;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.agency.OverrideApproval;

/** {@code /api/agencies}: the partnership's agencies with their approval policy; administrators change the policy. */
@Path("/agencies")
@RolesAllowed({"practitioner", "agency-lead", "ig-officer", "admin", "board-analyst", "mappa-coordinator", "mappa-chair"
})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Inject
    AgencyDirectory agencies;

    @Inject
    AgencySettings settings;

    public record AgencyView(
            String code,
            String name,
            String sector,
            boolean active,
            boolean sensitiveNeedsApproval,
            OverrideApproval overrideApproval,
            long version) {
        static AgencyView of(Agency a) {
            return new AgencyView(
                    a.getCode(),
                    a.getName(),
                    a.getSector().name(),
                    a.isActive(),
                    a.isSensitiveNeedsApproval(),
                    a.getOverrideApproval(),
                    a.getVersion());
        }
    }

    /** The policy to set, with the agency's version as read (GET /api/agencies). */
    public record Policy(Long version, Boolean sensitiveNeedsApproval, OverrideApproval overrideApproval) {}

    @GET
    public List<AgencyView> all() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }

    @PUT
    @Path("/{code}/approval-policy")
    public AgencyView changePolicy(@PathParam("code") String code, Policy body) {
        var policy = body == null ? new Policy(null, null, null) : body;
        return AgencyView.of(settings.changeApprovalPolicy(
                code,
                policy.version() == null ? -1 : policy.version(),
                policy.sensitiveNeedsApproval(),
                policy.overrideApproval()));
    }
}
