package org.lowshire.portal.consent;

/** The grounds for sharing without consent (domain brief §4.3; DPA 2018 Sch 1 para 18 and Sch 8 para 4). */
public enum WithoutConsentGround {
    SIGNIFICANT_HARM,
    PREJUDICE_CRIME,
    INCREASE_RISK,
    NOT_OBTAINABLE;

    public String labelKey() {
        return "ground." + name();
    }
}
