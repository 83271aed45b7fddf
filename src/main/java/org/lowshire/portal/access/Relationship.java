package org.lowshire.portal.access;

/**
 * What a signed-in user is to a request, worked out from the user's current agency and roles (as Keycloak states
 * them at sign-in) and the request's facts. Every rule about a request and the records inside it starts here.
 */
public enum Relationship {
    /** The practitioner who raised it, still a practitioner of the requesting agency. */
    AUTHOR,
    /** An agency lead of the requesting agency, once the request was sent. */
    REQUESTERS_LEAD,
    /** A practitioner of an agency the sent request asks. */
    ASKED,
    /** An agency lead of an agency the sent request asks. */
    ASKED_LEAD,
    /** Anyone else: other agencies, IG officers, analysts, administrators, MAPPA, and all but the author of a draft. */
    NONE;

    /** The requester's side: sees every agency's part and the released responses. */
    public boolean requesterSide() {
        return this == AUTHOR || this == REQUESTERS_LEAD;
    }

    /** An agency asked: sees its own part only. */
    public boolean askedSide() {
        return this == ASKED || this == ASKED_LEAD;
    }
}
