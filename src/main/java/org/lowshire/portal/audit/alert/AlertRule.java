package org.lowshire.portal.audit.alert;

/** The unusual-access rules; thresholds come from {@link AlertSettings}. */
public enum AlertRule {
    /** One user viewed many records in a short time. */
    BULK_VIEWS,
    /** Case data opened, searched or exported outside working hours. */
    OUT_OF_HOURS,
    /** One user was refused access again and again. */
    REPEATED_DENIALS;

    public String labelKey() {
        return "alert.rule." + name();
    }
}
