package org.lowshire.portal.access;

import java.io.Serializable;
import java.util.Set;

/**
 * What the need-to-know rules read of a request: who raised it for which agency, whether it was ever sent, and the
 * agencies it asks. A withdrawn draft was never sent, so it stays a draft for access.
 */
public record RequestFacts(String requesterSubject, String requesterAgency, boolean sent, Set<String> askedAgencies)
        implements Serializable {

    public RequestFacts {
        askedAgencies = Set.copyOf(askedAgencies);
    }

    /** Whether the agency took part in the sent request, as requester or as an agency asked. */
    public boolean involves(String agencyCode) {
        return sent && agencyCode != null && (agencyCode.equals(requesterAgency) || askedAgencies.contains(agencyCode));
    }
}
