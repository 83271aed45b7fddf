package org.lowshire.portal.request;

/** What the concern is about (domain brief §3): the kind of abuse, and whether it is online-facilitated. */
public enum ConcernType {
    CSA_INTRA_FAMILIAL,
    CSA_EXTRA_FAMILIAL,
    CSE,
    HSB,
    ONLINE_FACILITATED;

    public String labelKey() {
        return "concern." + name();
    }
}
