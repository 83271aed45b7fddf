package org.lowshire.portal.security;

/**
 * The need-to-know policy refused this user this record. Pages answer with the 403 page, REST with a 403 problem;
 * the refusal has already been recorded in the audit trail (with the record it was about) when this is thrown.
 */
public class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Request attribute telling the error handlers the refusal is already in the trail, so it is not recorded twice. */
    public static final String RECORDED = "portal.accessDeniedRecorded";

    public AccessDenied() {
        super("Access denied", null, false, false);
    }
}
