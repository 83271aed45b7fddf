package org.lowshire.portal.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.audit.alert.Alert;
import org.lowshire.portal.audit.alert.AlertReview;

/**
 * {@code /api/audit/alerts}: the open unusual-access alerts and their acknowledgement, for IG officers' tools. The
 * same rules as the Alerts page: a note is required, and nobody acknowledges an alert about their own activity.
 */
@Path("/audit/alerts")
@RolesAllowed("ig-officer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    AlertReview review;

    public record AlertView(long id, String rule, String user, String agency, Instant windowStart, int events) {
        static AlertView of(Alert a) {
            return new AlertView(
                    a.getId(),
                    a.getRule().name(),
                    a.getUsername(),
                    a.getAgency(),
                    a.getWindowStart(),
                    a.getEventCount());
        }
    }

    public record Acknowledgement(String note) {}

    @GET
    public List<AlertView> open() {
        return review.open().stream().map(AlertView::of).toList();
    }

    @POST
    @Path("/{id}/acknowledgement")
    public Map<String, String> acknowledge(@PathParam("id") long id, Acknowledgement body) {
        review.acknowledge(id, body == null ? null : body.note());
        return Map.of("status", "ACKNOWLEDGED");
    }
}
