package org.lowshire.portal.request;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lowshire.portal.access.Relationship;
import org.lowshire.portal.access.RequestAction;
import org.lowshire.portal.access.RequestPolicy;
import org.lowshire.portal.security.UserIdentity;

/**
 * A request as one viewer may see it, built from {@link RequestPolicy} and nothing else: the agency parts, responses,
 * clarification messages and timeline entries this viewer may see, and what they may do. Pages, REST, PDF copies
 * and file lists show this, never the entity's collections. The request-level fields (concern, people, questions,
 * lawful basis) are the requester's side, seen by everyone who may see the request at all.
 */
public final class VisibleRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One agency's part as this viewer sees it (bean getters too: Faces 4.0's EL does not read record components). */
    public record Part(Ask ask, List<AgencyResponse> responses, List<Message> messages) implements Serializable {
        public String getAgencyCode() {
            return ask.getAgencyCode();
        }

        public Ask getAsk() {
            return ask;
        }

        public List<AgencyResponse> getResponses() {
            return responses;
        }

        public List<Message> getMessages() {
            return messages;
        }
    }

    private final InformationRequest request;
    private final Relationship relationship;
    private final String viewerAgency;
    private final List<Part> parts;
    private final List<TimelineEntry> timeline;

    private VisibleRequest(InformationRequest request, Relationship relationship, String viewerAgency) {
        this.request = request;
        this.relationship = relationship;
        this.viewerAgency = viewerAgency;
        this.parts = request.getAsks().stream()
                .filter(a -> RequestPolicy.maySeePart(relationship, viewerAgency, a.getAgencyCode()))
                .map(this::part)
                .toList();
        this.timeline = request.getTimeline().stream()
                .filter(t -> RequestPolicy.maySeeTimelineEntry(relationship, viewerAgency, t.getAgencyCode()))
                .toList();
    }

    /** The request shaped for the viewer; the caller has loaded it through the policy (entities initialised). */
    public static VisibleRequest of(InformationRequest r, UserIdentity viewer) {
        return new VisibleRequest(r, RequestPolicy.relationship(viewer, r.facts()), viewer.agencyCode());
    }

    private Part part(Ask a) {
        String agency = a.getAgencyCode();
        return new Part(
                a,
                a.getResponses().stream()
                        .filter(resp ->
                                RequestPolicy.maySeeResponse(relationship, viewerAgency, agency, resp.isReleased()))
                        .toList(),
                request.getMessages().stream()
                        .filter(m -> m.getAgencyCode().equals(agency))
                        .toList());
    }

    public InformationRequest getRequest() {
        return request;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public String getViewerAgency() {
        return viewerAgency;
    }

    /**
     * The status this viewer sees: the request's own while a draft or ended, else the least advanced of the parts
     * they may see (an agency asked sees its own part's, never how far another agency has got).
     */
    public Status getStatus() {
        return request.getStatus() != Status.SUBMITTED
                ? request.getStatus()
                : Status.leastAdvanced(
                        parts.stream().map(p -> p.ask().getStatus()).toList());
    }

    public List<Part> getParts() {
        return parts;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public boolean may(RequestAction action) {
        return RequestPolicy.allowed(relationship, action);
    }

    /** For EL: {@code view.can('APPROVE')}. */
    public boolean can(String action) {
        return may(RequestAction.valueOf(action));
    }

    /** Withdrawing is the author's, while the request is open and no agency has answered. */
    public boolean mayWithdrawNow() {
        return may(RequestAction.WITHDRAW) && request.getStatus() == Status.SUBMITTED && !anyAnswered();
    }

    /** Closing is the author's, once an agency has answered. */
    public boolean mayCloseNow() {
        return may(RequestAction.CLOSE) && request.getStatus() == Status.SUBMITTED && anyAnswered();
    }

    private boolean anyAnswered() {
        return request.getAsks().stream().anyMatch(a -> a.getStatus() == Status.RESPONDED);
    }

    /** The viewer's own agency's part, when the viewer is an agency asked. */
    public Optional<Part> ownPart() {
        return relationship.askedSide()
                ? parts.stream()
                        .filter(p -> p.getAgencyCode().equals(viewerAgency))
                        .findFirst()
                : Optional.empty();
    }

    /** Whether this viewer may see a change to the request made by someone of that agency. */
    public boolean maySeeChangeBy(String actorAgency) {
        return RequestPolicy.maySeeChangeBy(relationship, viewerAgency, request.facts(), actorAgency);
    }

    /** Field history this viewer may read starts here. */
    public Instant historyFrom() {
        return RequestPolicy.historyFrom(relationship, request.getSubmittedAt());
    }

    /** Whether a file belongs to what this viewer may see (released with a response, or the requester's). */
    public boolean maySeeFile(String uploadedByAgency, Long responseId) {
        boolean released = responseId != null
                && request.getAsks().stream()
                        .flatMap(a -> a.getResponses().stream())
                        .anyMatch(resp -> resp.getId().equals(responseId) && resp.isReleased());
        return RequestPolicy.maySeeFile(relationship, viewerAgency, request.facts(), uploadedByAgency, released);
    }
}
