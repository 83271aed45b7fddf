package org.lowshire.portal.request.api;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.request.disclosure.Transparency;
import org.lowshire.portal.request.disclosure.TransparencyTask;
import org.lowshire.portal.security.CurrentUser;

/** {@code /api/transparency}: the agency's deferred "tell the person" decisions, and resolving one. */
@Path("/transparency")
@RolesAllowed({"practitioner", "agency-lead"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransparencyResource {

    @Inject
    Transparency transparency;

    @Inject
    CurrentUser currentUser;

    public record TaskView(long id, String request, String reference, Instant createdAt) {}

    public record Resolution(TransparencyTask.Resolution resolution, LocalDate on, String note) {}

    @GET
    public List<TaskView> open() {
        return transparency.open(currentUser.require()).stream()
                .map(t -> new TaskView(
                        t.getId(), t.getRequest().getUuid(), t.getRequest().getReference(), t.getCreatedAt()))
                .toList();
    }

    @POST
    @Path("/{id}")
    public Map<String, String> resolve(@PathParam("id") long id, Resolution body) {
        if (body == null) {
            throw new org.lowshire.portal.shared.InvalidInput(
                    Map.of("resolution", "transparency.error.resolutionMissing"));
        }
        transparency.resolve(id, body.resolution(), body.on(), body.note());
        return Map.of("resolution", body.resolution().name());
    }
}
