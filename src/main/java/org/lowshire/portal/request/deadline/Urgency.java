package org.lowshire.portal.request.deadline;

/** How fast the requester needs an answer; each has a default deadline in working days (see DeadlinePolicy). */
public enum Urgency {
    EMERGENCY,
    URGENT,
    STANDARD;

    public String labelKey() {
        return "urgency." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
