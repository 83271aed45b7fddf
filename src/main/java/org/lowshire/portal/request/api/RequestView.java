package org.lowshire.portal.request.api;

import java.time.Instant;
import java.util.List;
import org.lowshire.portal.request.AgencyResponse;
import org.lowshire.portal.request.Ask;
import org.lowshire.portal.request.VisibleRequest;

/**
 * A request as JSON for one caller: exactly what the {@link VisibleRequest} built for them holds.
 */
public record RequestView(
        String id,
        String reference,
        String status,
        long version,
        String requesterAgency,
        String concernType,
        String urgency,
        String marking,
        List<String> questions,
        List<SubjectView> subjects,
        List<AskView> asks,
        List<TimelineView> timeline) {

    /** One step of the request's story as the viewer may see it. */
    public record TimelineView(String event, String agency, String actor, String actorAgency, Instant at) {}

    public record SubjectView(String person, String role) {}

    public record AskView(
            String agency,
            String status,
            Instant dueAt,
            boolean escalated,
            List<ResponseView> responses,
            List<String> messages) {}

    public record ResponseView(
            String id,
            String state,
            String outcome,
            String consent,
            boolean approvalRequired,
            Instant releasedAt,
            String snapshot) {}

    public static RequestView of(VisibleRequest v) {
        var r = v.getRequest();
        List<AskView> asks = v.getParts().stream().map(RequestView::ask).toList();
        return new RequestView(
                r.getUuid(),
                r.getReference(),
                v.getStatus().name(),
                r.getVersion(),
                r.getRequesterAgency(),
                name(r.getConcernType()),
                name(r.getUrgency()),
                name(r.getMarking()),
                r.getQuestions().stream().map(q -> q.getText()).toList(),
                r.getSubjects().stream()
                        .map(s -> new SubjectView(
                                s.getPerson().getUuid(), s.getRole().name()))
                        .toList(),
                asks,
                v.getTimeline().stream()
                        .map(t -> new TimelineView(
                                t.getEvent(), t.getAgencyCode(), t.getActorName(), t.getActorAgency(), t.getAt()))
                        .toList());
    }

    private static AskView ask(VisibleRequest.Part part) {
        Ask a = part.ask();
        List<ResponseView> responses =
                part.responses().stream().map(RequestView::response).toList();
        List<String> messages = part.messages().stream()
                .map(m -> m.getKind().name() + ": " + m.getBody())
                .toList();
        return new AskView(a.getAgencyCode(), a.getStatus().name(), a.getDueAt(), a.isEscalated(), responses, messages);
    }

    private static ResponseView response(AgencyResponse resp) {
        return new ResponseView(
                resp.getUuid(),
                resp.getState().name(),
                resp.getOutcome().name(),
                name(resp.getDecision().getConsentPosition()),
                resp.isApprovalRequired(),
                resp.getReleasedAt(),
                resp.getSnapshot());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
