package org.lowshire.portal.consent.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.lowshire.portal.consent.ConsentService;
import org.lowshire.portal.platform.rest.Idempotent;

/** {@code /api/people/{id}/consents}: a person's consents, and recording a new one. */
@Path("/people")
@RolesAllowed({"practitioner", "agency-lead", "ig-officer", "admin", "board-analyst", "mappa-coordinator", "mappa-chair"
})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonConsentsResource {

    @Inject
    ConsentService consents;

    @GET
    @Path("{id}/consents")
    public List<ConsentResource.ConsentView> list(@PathParam("id") String person) {
        return consents.forPerson(person).consents().stream()
                .map(ConsentResource.ConsentView::of)
                .toList();
    }

    @POST
    @Idempotent
    @Path("{id}/consents")
    public Response record(@PathParam("id") String person, ConsentInput body) {
        return Response.status(201)
                .entity(ConsentResource.ConsentView.of(consents.record(person, body.details())))
                .build();
    }
}
