package org.lowshire.portal.consent;

/** Where a consent stands. Expiry is not a status: it is read from the expiry date on the day asked. */
public enum ConsentStatus {
    SOUGHT,
    GIVEN,
    REFUSED,
    WITHDRAWN,
    NOT_SOUGHT;

    public String labelKey() {
        return "consent.status." + name();
    }

    /** The statuses a recorded consent may move to next: sought is answered; given is withdrawn; the rest end. */
    boolean canBecome(ConsentStatus next) {
        return switch (this) {
            case SOUGHT -> next == GIVEN || next == REFUSED;
            case GIVEN -> next == WITHDRAWN;
            case REFUSED, WITHDRAWN, NOT_SOUGHT -> false;
        };
    }
}
