package org.lowshire.portal.consent;

/** The outcome of assessing whether a child understands enough to consent (Gillick competence). */
public enum CompetenceOutcome {
    COMPETENT,
    NOT_COMPETENT;

    public String labelKey() {
        return "competence." + name();
    }
}
