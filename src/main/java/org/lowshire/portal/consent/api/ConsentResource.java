package org.lowshire.portal.consent.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.consent.Consent;
import org.lowshire.portal.consent.ConsentReceipt;
import org.lowshire.portal.consent.ConsentService;
import org.lowshire.portal.platform.rest.FileResponses;
import org.lowshire.portal.platform.rest.Idempotent;

/**
 * {@code /api/consents/{id}}: correcting and withdrawing a consent, and its receipt (a person's list and new
 * consents are {@link PersonConsentsResource}). {@link ConsentService} decides who may; refusals are problem+json.
 */
@Path("/consents")
@RolesAllowed({"practitioner", "agency-lead", "ig-officer", "admin", "board-analyst", "mappa-coordinator", "mappa-chair"
})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    ConsentService consents;

    @Inject
    AgencyDirectory agencies;

    /** What an API caller sees of a consent. */
    public record ConsentView(
            String id,
            long version,
            String kind,
            String status,
            LocalDate statusOn,
            String givenBy,
            List<String> purposes,
            boolean allAgencies,
            List<String> agencies,
            List<String> categories,
            LocalDate expiresOn,
            List<String> history) {

        static ConsentView of(Consent c) {
            var s = c.getScope();
            return new ConsentView(
                    c.getUuid(),
                    c.getVersion(),
                    c.getKind().name(),
                    c.getStatus().name(),
                    c.getStatusOn(),
                    c.getGivenBy() == null ? null : c.getGivenBy().name(),
                    s.getPurposes().stream().map(Enum::name).toList(),
                    s.isAllAgencies(),
                    List.copyOf(s.getAgencies()),
                    s.getCategories().stream().map(Enum::name).toList(),
                    c.getExpiresOn(),
                    c.getHistory().stream().map(h -> h.getStatus().name()).toList());
        }
    }

    /** A withdrawal: the day it takes effect and an optional note. */
    public record Withdrawal(long version, LocalDate on, String note) {}

    @PUT
    @Path("{id}")
    public ConsentView revise(@PathParam("id") String id, ConsentInput body) {
        return ConsentView.of(consents.revise(id, body.version(), body.details()));
    }

    @POST
    @Path("{id}/withdrawal")
    public ConsentView withdraw(@PathParam("id") String id, Withdrawal body) {
        return ConsentView.of(consents.withdraw(id, body.version(), body.on(), body.note()));
    }

    @GET
    @Path("{id}/receipt")
    @Produces("application/pdf")
    public Response receipt(@PathParam("id") String id) {
        byte[] pdf = ConsentReceipt.pdf(consents.forReceipt(id), agencies::nameOf);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"consent-receipt.pdf\"")
                .build();
    }

    /** Keeps the body (any type; the server decides by content) as the consent's signed document. */
    @POST
    @Idempotent
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    public Response addDocument(@PathParam("id") String id, @QueryParam("name") String name, byte[] content) {
        var d = consents.addDocument(id, name, content);
        return Response.status(201)
                .entity(Map.of("id", d.getUuid(), "fileName", d.getFileName(), "contentType", d.getContentType()))
                .build();
    }

    @GET
    @Path("{id}/documents/{document}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") String id, @PathParam("document") String document) {
        return FileResponses.of(consents.document(id, document));
    }
}
