package org.lowshire.portal.consent;

/** How consent was given or refused. */
public enum ConsentMethod {
    VERBAL,
    WRITTEN,
    ELECTRONIC;

    public String labelKey() {
        return "consent.method." + name();
    }
}
