package org.lowshire.portal.request.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.lowshire.portal.request.disclosure.ConsentReports;
import org.lowshire.portal.security.CurrentUser;

/** {@code /api/consent-reports?days=N}: the consent reports for agency leads (own agency) and IG officers (all). */
@Path("/consent-reports")
@RolesAllowed({"practitioner", "agency-lead", "ig-officer", "admin", "board-analyst", "mappa-coordinator", "mappa-chair"
})
@Produces(MediaType.APPLICATION_JSON)
public class ConsentReportResource {

    @Inject
    ConsentReports reports;

    @Inject
    CurrentUser currentUser;

    @GET
    public ConsentReports.Report report(@QueryParam("days") @DefaultValue("90") int days) {
        return reports.run(currentUser.require(), days);
    }
}
