package org.lowshire.portal.audit;

/** How the attempt ended. Denied and failed attempts are recorded in a transaction of their own. */
public enum AuditOutcome {
    SUCCESS,
    DENIED,
    FAILED
}
