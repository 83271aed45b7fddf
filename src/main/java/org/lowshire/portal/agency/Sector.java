package org.lowshire.portal.agency;

/** The kind of organisation an agency is; drives which legal regime and MAPPA duties apply to it. */
public enum Sector {
    POLICE,
    CHILDRENS_SOCIAL_CARE,
    HEALTH,
    EDUCATION,
    PROBATION,
    YOUTH_JUSTICE,
    VOLUNTARY_SECTOR,
    MAPPA;

    /** Police and probation process for law-enforcement purposes under DPA 2018 Part 3. */
    public boolean isCompetentAuthority() {
        return this == POLICE || this == PROBATION;
    }

    public String labelKey() {
        return "sector." + name();
    }
}
