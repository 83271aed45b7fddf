package org.lowshire.portal.audit;

/** What was done. Features add actions as they land; names are stored, so never rename one. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ADMIN_CHANGE,
    VIEW,
    SEARCH,
    CREATE,
    UPDATE,
    STATE_CHANGE,
    DISCLOSE,
    DOWNLOAD,
    EXPORT,
    ACCESS_DENIED,
    BREAK_GLASS,
    CONSENT_RECORDED,
    CONSENT_WITHDRAWN,
    CONSENT_CORRECTED,
    ERASE,
    AUDIT_VERIFIED,
    ALERT_ACKNOWLEDGED,
    AUDIT_CHAIN_HALTED,
    AUDIT_CHAIN_RESUMED,
    AUDIT_HEAD_CHECKED
}
