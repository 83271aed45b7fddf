package org.lowshire.portal.shared;

import jakarta.servlet.http.HttpServletRequest;

/** The correlation id of a request, as the web layer's filter set it: read by whoever has the request at hand. */
public final class Correlation {

    public static final String ATTRIBUTE = "correlationId";

    private Correlation() {
    }

    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? "none" : id.toString();
    }
}
