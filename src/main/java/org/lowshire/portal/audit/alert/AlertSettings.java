package org.lowshire.portal.audit.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Alert thresholds, each from the environment with a default an IG officer would start from. */
@ApplicationScoped
public class AlertSettings {

    @Inject
    @ConfigProperty(name = "PORTAL_ALERT_BULK_VIEWS", defaultValue = "50")
    int bulkViews;

    @Inject
    @ConfigProperty(name = "PORTAL_ALERT_BULK_MINUTES", defaultValue = "10")
    int bulkMinutes;

    @Inject
    @ConfigProperty(name = "PORTAL_ALERT_DENIALS", defaultValue = "5")
    int denials;

    @Inject
    @ConfigProperty(name = "PORTAL_ALERT_DENIAL_MINUTES", defaultValue = "15")
    int denialMinutes;

    @Inject
    @ConfigProperty(name = "PORTAL_ALERT_WORKDAY_START_HOUR", defaultValue = "7")
    int workdayStart;

    @Inject
    @ConfigProperty(name = "PORTAL_ALERT_WORKDAY_END_HOUR", defaultValue = "19")
    int workdayEnd;

    public int bulkViews() {
        return bulkViews;
    }

    public int bulkMinutes() {
        return bulkMinutes;
    }

    public int denials() {
        return denials;
    }

    public int denialMinutes() {
        return denialMinutes;
    }

    public int workdayStart() {
        return workdayStart;
    }

    public int workdayEnd() {
        return workdayEnd;
    }
}
