package org.lowshire.portal.request;

import org.lowshire.portal.security.Role;
import org.lowshire.portal.security.UserIdentity;

/**
 * Need-to-know for requests, in one place. A request is open to the practitioner who raised it and their agency
 * lead, and, once submitted, to the practitioners and lead of each agency it was sent to. Nobody else — other
 * agencies, IG officers (who see audit metadata only), administrators, board analysts — sees it, whatever links they
 * hold. Pages only hide buttons for comfort; the services ask this policy every time.
 */
public final class RequestAccessPolicy {

    private RequestAccessPolicy() {
    }

    public static boolean isRequester(UserIdentity user, InformationRequest r) {
        return user.subject().equals(r.getRequesterSubject()) && user.has(Role.PRACTITIONER);
    }

    static boolean isRequestersLead(UserIdentity user, InformationRequest r) {
        return user.has(Role.AGENCY_LEAD) && r.getRequesterAgency().equals(user.agencyCode());
    }

    /** A practitioner or lead of an agency the submitted request was sent to. */
    public static boolean isResponder(UserIdentity user, InformationRequest r) {
        return r.getStatus() != Status.DRAFT && user.worksInCaseAgency() && r.isAddressedTo(user.agencyCode());
    }

    public static boolean canView(UserIdentity user, InformationRequest r) {
        return isRequester(user, r) || (r.getStatus() != Status.DRAFT && isRequestersLead(user, r))
                || isResponder(user, r);
    }

    /** Drafting, submitting, answering clarifications, closing and withdrawing are the requester's. */
    public static boolean canActAsRequester(UserIdentity user, InformationRequest r) {
        return isRequester(user, r);
    }

    /** The lead of the responding agency approves its OFFICIAL-SENSITIVE responses (never their own). */
    public static boolean canApprove(UserIdentity user, InformationRequest r) {
        return isResponder(user, r) && user.has(Role.AGENCY_LEAD);
    }
}
