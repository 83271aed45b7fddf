package org.lowshire.portal.request;

/** Government Security Classification marking; OFFICIAL-SENSITIVE means need-to-know is strictly enforced. */
public enum HandlingMarking {
    OFFICIAL,
    OFFICIAL_SENSITIVE;

    public String labelKey() {
        return "marking." + name();
    }
}
