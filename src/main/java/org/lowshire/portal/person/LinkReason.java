package org.lowshire.portal.person;

/** Why a practitioner links an existing record instead of adding a new one: recorded with every link. */
public enum LinkReason {
    /** The practitioner holds the child's identifiers from their own work with the child. */
    OWN_CASEWORK,
    /** The family or child told the practitioner of the other record. */
    TOLD_BY_FAMILY,
    /** Another agency referred the child to the practitioner's agency with these details. */
    REFERRED_BY_AGENCY,
    /** A sibling or member of the household of a child already in the request. */
    HOUSEHOLD_MEMBER;

    public String labelKey() {
        return "person.linkReason." + name();
    }
}
