package org.lowshire.portal.request.api;

import java.time.Instant;
import java.util.List;
import org.lowshire.portal.request.AgencyResponse;
import org.lowshire.portal.request.Ask;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.request.RequestAccessPolicy;
import org.lowshire.portal.security.UserIdentity;

/**
 * A request as one caller may see it: the requester and their lead see every agency's part; a responding agency
 * sees only its own part, its own thread and its own responses.
 */
public record RequestView(String id, String reference, String status, long version, String requesterAgency,
        String concernType, String urgency, String marking, List<String> questions, List<SubjectView> subjects,
        List<AskView> asks) {

    public record SubjectView(String person, String role) {
    }

    public record AskView(String agency, String status, Instant dueAt, boolean escalated,
            List<ResponseView> responses, List<String> messages) {
    }

    public record ResponseView(String id, String state, String outcome, String consent, boolean approvalRequired,
            Instant releasedAt, String snapshot) {
    }

    public static RequestView of(InformationRequest r, UserIdentity viewer) {
        boolean seesAll = !RequestAccessPolicy.isResponder(viewer, r);
        List<AskView> asks = r.getAsks().stream()
                .filter(a -> seesAll || a.getAgencyCode().equals(viewer.agencyCode()))
                .map(a -> ask(a, r, seesAll)).toList();
        return new RequestView(r.getUuid(), r.getReference(), r.displayStatus().name(), r.getVersion(),
                r.getRequesterAgency(), name(r.getConcernType()), name(r.getUrgency()), name(r.getMarking()),
                r.getQuestions().stream().map(q -> q.getText()).toList(),
                r.getSubjects().stream().map(s -> new SubjectView(s.getPerson().getUuid(), s.getRole().name()))
                        .toList(), asks);
    }

    private static AskView ask(Ask a, InformationRequest r, boolean requesterSide) {
        List<ResponseView> responses = a.getResponses().stream()
                .filter(resp -> !requesterSide || resp.isReleased())
                .map(RequestView::response).toList();
        List<String> messages = r.getMessages().stream().filter(m -> m.getAgencyCode().equals(a.getAgencyCode()))
                .map(m -> m.getKind().name() + ": " + m.getBody()).toList();
        return new AskView(a.getAgencyCode(), a.getStatus().name(), a.getDueAt(), a.isEscalated(), responses,
                messages);
    }

    private static ResponseView response(AgencyResponse resp) {
        return new ResponseView(resp.getUuid(), resp.getState().name(), resp.getOutcome().name(),
                name(resp.getDecision().getConsentPosition()), resp.isApprovalRequired(), resp.getReleasedAt(),
                resp.getSnapshot());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
