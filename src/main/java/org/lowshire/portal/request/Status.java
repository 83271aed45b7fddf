package org.lowshire.portal.request;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * States of a request and of each agency's part of it (an {@link Ask}). A request is DRAFT until submitted; then
 * every recipient agency answers separately: SUBMITTED → ACKNOWLEDGED → (CLARIFICATION_REQUESTED ⇄ ACKNOWLEDGED) →
 * RESPONDED, and the requester CLOSES the request once it has a response, or WITHDRAWS it before any.
 * The allowed moves live here, in one table; the aggregate refuses every other one.
 */
public enum Status {
    DRAFT,
    SUBMITTED,
    ACKNOWLEDGED,
    CLARIFICATION_REQUESTED,
    RESPONDED,
    CLOSED,
    WITHDRAWN;

    public Set<Status> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(ACKNOWLEDGED, WITHDRAWN, CLOSED);
            case ACKNOWLEDGED -> EnumSet.of(CLARIFICATION_REQUESTED, RESPONDED, WITHDRAWN, CLOSED);
            case CLARIFICATION_REQUESTED -> EnumSet.of(ACKNOWLEDGED, WITHDRAWN, CLOSED);
            case RESPONDED -> EnumSet.of(CLOSED);
            case CLOSED, WITHDRAWN -> EnumSet.noneOf(Status.class);
        };
    }

    public boolean canMoveTo(Status target) {
        return next().contains(target);
    }

    /** Still waiting for someone to act. */
    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN && this != DRAFT;
    }

    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN;
    }

    /** For a request with several parts: one agency still to answer keeps the request open for the requester. */
    public static Status leastAdvanced(java.util.Collection<Status> parts) {
        for (Status s : List.of(CLARIFICATION_REQUESTED, SUBMITTED, ACKNOWLEDGED)) {
            if (parts.contains(s)) {
                return s;
            }
        }
        return RESPONDED;
    }

    public String labelKey() {
        return "status." + name();
    }
}
