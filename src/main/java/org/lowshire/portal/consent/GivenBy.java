package org.lowshire.portal.consent;

/** Who gave (or refused) consent: a competent child, a person with parental responsibility, or the adult themself. */
public enum GivenBy {
    CHILD,
    PARENTAL_RESPONSIBILITY,
    PERSON;

    public String labelKey() {
        return "consent.givenBy." + name();
    }
}
