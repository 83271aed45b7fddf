package org.lowshire.portal.support.faults;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Test-only page bean that fails, to prove a 500 shows the error page and none of the failure's details. */
@Named
@RequestScoped
public class FaultyPage {

    public static final String SECRET_DETAIL = "internal-detail-4711";

    public String getValue() {
        throw new IllegalStateException("Failure with " + SECRET_DETAIL);
    }
}
