package org.lowshire.portal.access;

import static org.lowshire.portal.access.RequestAction.*;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.lowshire.portal.security.Role;
import org.lowshire.portal.security.UserIdentity;

/**
 * Need-to-know for a request and everything inside it (agency parts, responses, files, clarification messages,
 * timeline entries, field history), in one place. Access comes only from involvement in a request that was sent:
 * the requester and their agency's leads see the requester's side and every agency's released answer; each agency
 * asked sees its own part and the requester's side, never another agency's part or staff. A draft, withdrawn or not,
 * is its author's alone. Services ask this class before every read and change; pages, REST, PDFs and downloads
 * show what the read model built from it holds.
 */
public final class RequestPolicy {

    /** Relationship × action: the whole table. Anything not listed is refused. */
    static final Map<Relationship, Set<RequestAction>> TABLE = new EnumMap<>(Map.of(
            Relationship.AUTHOR,
                    EnumSet.of(
                            VIEW,
                            COPY,
                            HISTORY,
                            UPLOAD,
                            DOWNLOAD,
                            EDIT_DRAFT,
                            SUBMIT,
                            ANSWER_CLARIFICATION,
                            WITHDRAW,
                            CLOSE),
            Relationship.REQUESTERS_LEAD, EnumSet.of(VIEW, COPY, HISTORY, DOWNLOAD),
            Relationship.ASKED,
                    EnumSet.of(VIEW, COPY, HISTORY, UPLOAD, DOWNLOAD, ACKNOWLEDGE, ASK_CLARIFICATION, RESPOND),
            Relationship.ASKED_LEAD,
                    EnumSet.of(
                            VIEW,
                            COPY,
                            HISTORY,
                            UPLOAD,
                            DOWNLOAD,
                            ACKNOWLEDGE,
                            ASK_CLARIFICATION,
                            RESPOND,
                            APPROVE,
                            RETURN),
            Relationship.NONE, EnumSet.noneOf(RequestAction.class)));

    /** The JPQL condition (request alias {@code r}) for "was sent", for the lists that must match {@link #sent}. */
    public static final String SENT_JPQL = "r.submittedAt is not null";

    private RequestPolicy() {}

    /** Raising a request (starting a draft) is for practitioners of an agency. */
    public static boolean mayRaise(UserIdentity user) {
        return user.has(Role.PRACTITIONER) && user.agencyCode() != null;
    }

    public static Relationship relationship(UserIdentity user, RequestFacts r) {
        String agency = user.agencyCode();
        if (agency == null) {
            return Relationship.NONE;
        }
        if (agency.equals(r.requesterAgency())) {
            if (user.has(Role.PRACTITIONER) && user.subject().equals(r.requesterSubject())) {
                return Relationship.AUTHOR;
            }
            return r.sent() && user.has(Role.AGENCY_LEAD) ? Relationship.REQUESTERS_LEAD : Relationship.NONE;
        }
        if (r.sent() && r.askedAgencies().contains(agency)) {
            if (user.has(Role.AGENCY_LEAD)) {
                return Relationship.ASKED_LEAD;
            }
            return user.has(Role.PRACTITIONER) ? Relationship.ASKED : Relationship.NONE;
        }
        return Relationship.NONE;
    }

    public static boolean allowed(Relationship relationship, RequestAction action) {
        return TABLE.get(relationship).contains(action);
    }

    public static boolean may(UserIdentity user, RequestAction action, RequestFacts r) {
        return allowed(relationship(user, r), action);
    }

    /** An agency's part (its status, due date, messages): the requester's side sees all; an agency asked its own. */
    public static boolean maySeePart(Relationship relationship, String viewerAgency, String partAgency) {
        return relationship.requesterSide() || (relationship.askedSide() && partAgency.equals(viewerAgency));
    }

    /** A response: its own agency sees every one of its responses; the requester's side only released ones. */
    public static boolean maySeeResponse(
            Relationship relationship, String viewerAgency, String partAgency, boolean released) {
        return maySeePart(relationship, viewerAgency, partAgency) && (released || relationship.askedSide());
    }

    /**
     * A file: the requester's files are the requester's side, seen by everyone who sees the request; an agency's
     * file belongs to its response and reaches the requester's side only when that response is released.
     *
     * @param releasedWithResponse whether the response the file belongs to is released (false when it has none yet)
     */
    public static boolean maySeeFile(
            Relationship relationship,
            String viewerAgency,
            RequestFacts r,
            String uploadedByAgency,
            boolean releasedWithResponse) {
        if (relationship == Relationship.NONE) {
            return false;
        }
        if (uploadedByAgency.equals(r.requesterAgency())) {
            return true;
        }
        return relationship.requesterSide() ? releasedWithResponse : uploadedByAgency.equals(viewerAgency);
    }

    /**
     * A timeline entry: entries about the request as a whole (no agency) are seen by all who see the request;
     * an entry about one agency's part only by those who see that part.
     */
    public static boolean maySeeTimelineEntry(Relationship relationship, String viewerAgency, String entryAgency) {
        return relationship != Relationship.NONE
                && (entryAgency == null || maySeePart(relationship, viewerAgency, entryAgency));
    }

    /**
     * A change in the request's field history, by who made it: the requester's side and changes with no agency are
     * seen by all who see the request; an agency's changes only by those who see that agency's part, so an agency
     * asked never learns from the history who else was asked or what their staff did.
     */
    public static boolean maySeeChangeBy(
            Relationship relationship, String viewerAgency, RequestFacts r, String actorAgency) {
        return relationship != Relationship.NONE
                && (actorAgency == null
                        || actorAgency.equals(r.requesterAgency())
                        || maySeePart(relationship, viewerAgency, actorAgency));
    }

    /** From when this viewer may read the request's field history: all of it, or from the moment it was sent. */
    public static Instant historyFrom(Relationship relationship, Instant submittedAt) {
        return relationship.askedSide() ? submittedAt : Instant.EPOCH;
    }
}
