package org.lowshire.portal.consent;

/** What shared information is for, in the terms both requests and consent scopes use. */
public enum SharingPurpose {
    SAFEGUARDING_ASSESSMENT,
    CHILD_PROTECTION_ENQUIRY,
    EARLY_HELP,
    CRIME_PREVENTION,
    HEALTH_CARE,
    RISK_MANAGEMENT;

    public String labelKey() {
        return "purpose." + name();
    }
}
