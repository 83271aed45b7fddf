package org.lowshire.portal.request;

/** Where harmful sexual behaviour sits on Hackett's continuum (NSPCC HSB framework, domain brief §10.2). */
public enum HsbPosition {
    NORMAL,
    INAPPROPRIATE,
    PROBLEMATIC,
    ABUSIVE,
    VIOLENT;

    public String labelKey() {
        return "hsb." + name();
    }
}
