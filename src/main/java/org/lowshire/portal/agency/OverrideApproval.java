package org.lowshire.portal.agency;

/** An agency's policy on sharing without consent: when its lead must approve before release. */
public enum OverrideApproval {
    ALWAYS,
    SENSITIVE_ONLY,
    NEVER;

    /** Whether sharing without consent at this handling marking waits for the lead. */
    public boolean requiredFor(boolean officialSensitive) {
        return this == ALWAYS || (this == SENSITIVE_ONLY && officialSensitive);
    }
}
