package org.lowshire.portal.request.api;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.agency.AgencyDirectory;
import org.lowshire.portal.platform.rest.FileResponses;
import org.lowshire.portal.platform.rest.Idempotent;
import org.lowshire.portal.request.AgencyResponse;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestAttachments;
import org.lowshire.portal.request.RequestCopy;
import org.lowshire.portal.request.RequestService;
import org.lowshire.portal.request.VisibleRequest;
import org.lowshire.portal.request.disclosure.ResponseService;
import org.lowshire.portal.security.CurrentUser;

/**
 * {@code /api/requests}: the same operations the pages offer, for partner systems and tests. The services decide
 * who may do what; roles here only keep out callers who could never act on a request. Creating calls are
 * {@link Idempotent}.
 */
@Path("/requests")
@RolesAllowed({"practitioner", "agency-lead", "ig-officer", "admin", "board-analyst", "mappa-coordinator", "mappa-chair"
})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    RequestService requests;

    @Inject
    ResponseService responses;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestAttachments attachments;

    @Inject
    AgencyDirectory agencies;

    @Inject
    Clock clock;

    @POST
    @Idempotent
    public Response create(@Context UriInfo uri) {
        InformationRequest r = requests.startDraft();
        return Response.created(uri.getAbsolutePathBuilder().path(r.getUuid()).build())
                .entity(Map.of("id", r.getUuid(), "reference", r.getReference()))
                .build();
    }

    @GET
    @Path("/{id}")
    public RequestView get(@PathParam("id") String id) {
        return RequestView.of(requests.view(id));
    }

    /** The field history of the request and its people as far as the caller may read it (a VIEW). */
    @GET
    @Path("/{id}/history")
    public Map<String, Object> history(@PathParam("id") String id) {
        var h = requests.history(id);
        return Map.of("request", h.changes(), "people", h.people());
    }

    /** A PDF copy of the request (no responses), recorded as an EXPORT. */
    @GET
    @Path("/{id}/copy")
    @Produces("application/pdf")
    public Response copy(@PathParam("id") String id) {
        byte[] pdf = RequestCopy.pdf(
                requests.forCopy(id), agencies::nameOf, currentUser.require().displayName(), clock.instant());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"request-copy.pdf\"")
                .build();
    }

    @PUT
    @Path("/{id}/draft")
    public RequestView saveDraft(@PathParam("id") String id, RequestInputs.Draft body) {
        return view(requests.saveDraft(
                id, body.version(), body.details(), orEmpty(body.recipients()), orEmpty(body.questions())));
    }

    @POST
    @Idempotent
    @Path("/{id}/subjects")
    public Response addSubject(@PathParam("id") String id, RequestInputs.Subject body) {
        return Response.ok(view(
                        body.link() == null
                                ? requests.addSubject(id, body.details(), body.role())
                                : requests.linkSubject(id, body.details(), body.role(), body.link())))
                .build();
    }

    /** Whether a record exists for the person these identifiers name: {@code {"exists": true|false}} only. */
    @POST
    @Path("/{id}/person-matches")
    public Map<String, Boolean> personMatches(@PathParam("id") String id, RequestInputs.Subject body) {
        return Map.of("exists", requests.personExists(id, body.details()));
    }

    @POST
    @Path("/{id}/submission")
    public RequestView submit(@PathParam("id") String id, RequestInputs.Versioned body) {
        return view(requests.submit(id, body.version()));
    }

    @POST
    @Path("/{id}/acknowledgement")
    public RequestView acknowledge(@PathParam("id") String id, RequestInputs.Versioned body) {
        return view(responses.acknowledge(id, body.version()));
    }

    @POST
    @Idempotent
    @Path("/{id}/clarification-requests")
    public Response askClarification(@PathParam("id") String id, RequestInputs.Versioned body) {
        return Response.ok(view(responses.askClarification(id, body.version(), body.text())))
                .build();
    }

    @POST
    @Idempotent
    @Path("/{id}/clarification-answers/{agency}")
    public Response answerClarification(
            @PathParam("id") String id, @PathParam("agency") String agency, RequestInputs.Versioned body) {
        return Response.ok(view(requests.answerClarification(id, agency, body.text())))
                .build();
    }

    @POST
    @Idempotent
    @Path("/{id}/responses")
    public Response respond(@PathParam("id") String id, RequestInputs.Response body) {
        AgencyResponse created = responses.respond(
                id,
                body.version(),
                body.outcome(),
                body.decision(),
                body.answers() == null ? Map.of() : body.answers());
        return Response.status(201)
                .entity(Map.of(
                        "id", created.getUuid(), "state", created.getState().name()))
                .build();
    }

    /** Checks a response as {@code POST /responses} would, recording nothing: 200 with what would happen, or 400. */
    @POST
    @Path("/{id}/responses/check")
    public ResponseService.Preview check(@PathParam("id") String id, RequestInputs.Response body) {
        return responses.preview(
                id,
                body.version(),
                body.outcome(),
                body.decision(),
                body.answers() == null ? Map.of() : body.answers());
    }

    @POST
    @Path("/{id}/responses/{response}/approval")
    public Map<String, String> approve(
            @PathParam("id") String id, @PathParam("response") String response, RequestInputs.Versioned body) {
        return Map.of(
                "state",
                responses.approve(id, body.version(), response).getState().name());
    }

    @POST
    @Path("/{id}/responses/{response}/return")
    public Map<String, String> returnForChanges(
            @PathParam("id") String id, @PathParam("response") String response, RequestInputs.Versioned body) {
        return Map.of(
                "state",
                responses
                        .returnForChanges(id, body.version(), response)
                        .getState()
                        .name());
    }

    @POST
    @Path("/{id}/withdrawal")
    public RequestView withdraw(@PathParam("id") String id, RequestInputs.Versioned body) {
        return view(requests.withdraw(id, body.version(), body.text()));
    }

    @POST
    @Path("/{id}/closure")
    public RequestView close(@PathParam("id") String id, RequestInputs.Versioned body) {
        return view(requests.close(id, body.version(), body.text()));
    }

    /** Attaches the body (any content type; the server decides by content) under the given file name. */
    @POST
    @Idempotent
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") String id, @QueryParam("name") String name, byte[] content) {
        var a = attachments.upload(id, name, content);
        return Response.status(201)
                .entity(Map.of("id", a.getUuid(), "fileName", a.getFileName(), "contentType", a.getContentType()))
                .build();
    }

    @GET
    @Path("/{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id, @PathParam("attachment") String attachment) {
        return FileResponses.of(attachments.download(id, attachment));
    }

    private RequestView view(InformationRequest r) {
        return RequestView.of(VisibleRequest.of(r, currentUser.require()));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
