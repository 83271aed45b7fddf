package org.lowshire.portal.request;

/**
 * The part a person plays in a request. A child harmed and a child who harmed are separate subjects with separate
 * roles, never one "child" field.
 */
public enum SubjectRole {
    CHILD_AT_RISK,
    CHILD_DISPLAYING_HSB,
    ADULT_OF_CONCERN,
    PARENT_OR_CARER,
    OTHER;

    public boolean isChild() {
        return this == CHILD_AT_RISK || this == CHILD_DISPLAYING_HSB;
    }

    public String labelKey() {
        return "subjectRole." + name();
    }
}
