package org.lowshire.portal.consent;

/**
 * What the consent is to, kept apart as the 2024 information-sharing advice asks: consent as a data-protection
 * basis for sharing, agreement to receive a service (such as s17 early help), and consent to medical treatment.
 * Only data-protection consent can cover a disclosure.
 */
public enum ConsentKind {
    DATA_PROTECTION,
    SERVICE_AGREEMENT,
    MEDICAL;

    public String labelKey() {
        return "consent.kind." + name();
    }
}
