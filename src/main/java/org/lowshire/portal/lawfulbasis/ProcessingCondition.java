package org.lowshire.portal.lawfulbasis;

import org.lowshire.portal.agency.Sector;

/**
 * The condition for special-category or criminal-offence data: Art 9 with DPA 2018 Schedule 1 for general
 * processing, or Part 3 sensitive processing with a Schedule 8 condition for police and probation (§4.2).
 */
public enum ProcessingCondition {
    SCH1_PARA18_SAFEGUARDING(false),
    SCH1_PARA2_HEALTH_SOCIAL_CARE(false),
    SCH8_PARA1_STATUTORY(true),
    SCH8_PARA3_VITAL_INTERESTS(true),
    SCH8_PARA4_SAFEGUARDING(true);

    private final boolean lawEnforcement;

    ProcessingCondition(boolean lawEnforcement) {
        this.lawEnforcement = lawEnforcement;
    }

    public boolean isLawEnforcement() {
        return lawEnforcement;
    }

    /** Part 3 (Schedule 8) is for competent authorities: police and probation. */
    public boolean openTo(Sector sector) {
        return !lawEnforcement || sector.isCompetentAuthority();
    }

    public String labelKey() {
        return "condition." + name();
    }
}
