package org.lowshire.portal.person;

/** Gender as recorded by the referring agency; "not known" is an honest answer, not an error. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    NOT_KNOWN;

    public String labelKey() {
        return "gender." + name();
    }
}
