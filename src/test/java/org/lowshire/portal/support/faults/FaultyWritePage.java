package org.lowshire.portal.support.faults;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Test-only page bean whose rendering writes a marker-filled entity that the database refuses (see MarkerWrites). */
@Named
@RequestScoped
public class FaultyWritePage {

    @Inject
    HttpServletRequest request;

    @Inject
    MarkerWrites writes;

    public String getValue() {
        return writes.write(request.getParameter("entity"), request.getParameter("marker"));
    }
}
