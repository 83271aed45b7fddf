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
import java.util.Map;
import org.lowshire.portal.admin.AgencySettings;
import org.lowshire.portal.agency.Agency;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.agency.OverrideApproval;
import org.lowshire.portal.shared.InvalidInput;

/** {@code /api/agencies}: the partnership's agencies with their approval policy; administrators change the policy. */
@Path("/agencies")
@RolesAllowed({"practitioner", "agency-lead", "ig-officer", "admin", "board-analyst", "mappa-coordinator",
        "mappa-chair"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Inject
    AgencyDirectory agencies;

    @Inject
    AgencySettings settings;

    public record AgencyView(String code, String name, String sector, boolean active, boolean sensitiveNeedsApproval,
            OverrideApproval overrideApproval) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.getCode(), a.getName(), a.getSector().name(), a.isActive(),
                    a.isSensitiveNeedsApproval(), a.getOverrideApproval());
        }
    }

    public record Policy(Boolean sensitiveNeedsApproval, OverrideApproval overrideApproval) {
    }

    @GET
    public List<AgencyView> all() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }

    @PUT
    @Path("/{code}/approval-policy")
    public AgencyView changePolicy(@PathParam("code") String code, Policy body) {
        if (body == null || body.sensitiveNeedsApproval() == null) {
            throw new InvalidInput(Map.of("sensitiveNeedsApproval", "admin.error.sensitiveMissing"));
        }
        return AgencyView.of(settings.changeApprovalPolicy(code, body.sensitiveNeedsApproval(),
                body.overrideApproval()));
    }
}
