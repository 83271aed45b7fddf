package org.lowshire.portal.request;

/** The answer an agency gives. Declining is an outcome with reasons, not a dead end. */
public enum ResponseOutcome {
    SHARE_IN_FULL,
    SHARE_IN_PART,
    DECLINE,
    NO_INFORMATION_HELD;

    /** Whether anything is released to the requester (and so a disclosure is recorded). */
    public boolean releases() {
        return this == SHARE_IN_FULL || this == SHARE_IN_PART;
    }

    public String labelKey() {
        return "outcome." + name();
    }
}
