package org.lowshire.portal.consent;

/** Kinds of information a disclosure releases, and a consent may cover. */
public enum DataCategory {
    IDENTITY_CONTACT,
    FAMILY_HOUSEHOLD,
    HEALTH,
    EDUCATION,
    SOCIAL_CARE,
    POLICE_CRIMINAL;

    public String labelKey() {
        return "dataCategory." + name();
    }
}
