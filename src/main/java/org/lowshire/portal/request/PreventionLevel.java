package org.lowshire.portal.request;

/** The ECSA prevention level of the work the request supports (Lucy Faithfull Foundation, domain brief §10.1). */
public enum PreventionLevel {
    PRIMARY,
    SECONDARY,
    TERTIARY;

    public String labelKey() {
        return "prevention." + name();
    }
}
