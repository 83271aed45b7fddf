package org.lowshire.portal.consent;

/** Why a consent does not cover a disclosure, in the order checked. */
public enum CoverageGap {
    NONE_RECORDED,
    WRONG_KIND,
    NOT_GIVEN,
    WITHDRAWN,
    NOT_YET_IN_FORCE,
    EXPIRED,
    RECIPIENT_OUTSIDE,
    PURPOSE_OUTSIDE,
    DATA_OUTSIDE;

    public String labelKey() {
        return "coverage." + name();
    }
}
