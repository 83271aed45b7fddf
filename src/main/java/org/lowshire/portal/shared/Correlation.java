package org.lowshire.portal.shared;

import jakarta.servlet.http.HttpServletRequest;

/** The correlation id of a request, as the web layer's filter set it: read by whoever has the request at hand. */
public final class Correlation {

    public static final String ATTRIBUTE = "correlationId";
    public static final String HEADER = "X-Correlation-Id";

    private Correlation() {}

    /**
     * The request's id, given one now (attribute and response header) if the correlation filter has not run yet: for
     * a filter that may answer before it is reached (annotated filters have no guaranteed order).
     */
    public static String ensure(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        if (request.getAttribute(ATTRIBUTE) == null) {
            String id = java.util.UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
            response.setHeader(HEADER, id);
        }
        return of(request);
    }

    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id == null ? "none" : id.toString();
    }
}
