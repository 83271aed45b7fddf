package org.lowshire.portal.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.lowshire.portal.shared.Correlation;
import org.lowshire.portal.shared.FailureLog;
import org.lowshire.portal.shared.WrittenRecords;

/**
 * Gives every request a correlation id: in the log context, in a response header and shown on error pages, so a
 * user's report of a problem leads to the matching log line without either showing anything sensitive.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CorrelationIdFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CorrelationIdFilter.class);

    public static final String ATTRIBUTE = Correlation.ATTRIBUTE;
    public static final String HEADER = Correlation.HEADER;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(ATTRIBUTE, id);
        WrittenRecords.forget();
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            failed(request, response, e);
        } finally {
            MDC.remove(ATTRIBUTE);
            WrittenRecords.forget();
        }
    }

    /**
     * A page failed outside Faces' own handling (a full request's exception reaches the servlet container): logged
     * here once without any message, then shown as the error page. Left to the container, it would log the whole
     * exception text. An expired view keeps its own page and its own (harmless) log line.
     */
    private static void failed(HttpServletRequest request, HttpServletResponse response, Exception e)
            throws IOException, ServletException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException expired) {
                throw expired; // the container maps it to the expired page by its own type
            }
        }
        FailureLog.unexpected(LOG, "page", request, e);
        if (!response.isCommitted()) {
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, e.getClass());
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /** The current request's id, for code that has the request at hand. */
    public static String of(HttpServletRequest request) {
        return Correlation.of(request);
    }
}
