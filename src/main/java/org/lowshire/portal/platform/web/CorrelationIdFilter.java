package org.lowshire.portal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.lowshire.portal.shared.Correlation;

/**
 * Gives every request a correlation id: in the log context, in a response header and shown on error pages, so a
 * user's report of a problem leads to the matching log line without either showing anything sensitive.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CorrelationIdFilter extends HttpFilter {

    public static final String ATTRIBUTE = Correlation.ATTRIBUTE;
    public static final String HEADER = Correlation.HEADER;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(ATTRIBUTE, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(ATTRIBUTE);
        }
    }

    /** The current request's id, for code that has the request at hand. */
    public static String of(HttpServletRequest request) {
        return Correlation.of(request);
    }
}
