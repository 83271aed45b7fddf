package org.lowshire.portal.access;

import java.util.List;

/** What the rules read of a person: the requests about them, drafts included (a draft opens them to its author). */
public record PersonFacts(List<RequestFacts> requests) {

    public PersonFacts {
        requests = List.copyOf(requests);
    }
}
