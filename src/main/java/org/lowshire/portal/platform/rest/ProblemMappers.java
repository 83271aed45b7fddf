package org.lowshire.portal.platform.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import org.lowshire.portal.audit.AccessDenials;
import org.lowshire.portal.platform.web.CorrelationIdFilter;

/** The one place REST errors become problem+json answers. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Problem problem(HttpServletRequest request, int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return new Problem("about:blank", title, status, detail, CorrelationIdFilter.of(request));
    }

    /** Errors JAX-RS itself raises (404, 405, 415 …) keep their status, with a generic explanation. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpServletRequest request;

        @Inject
        AccessDenials denials;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 403) {
                denials.refused("API", request.getRequestURI().substring(request.getContextPath().length()));
            }
            return problem(request, status, "The request could not be completed (" + status + ").").toResponse();
        }
    }

    /** Anything unexpected: 500, logged once with its correlation id, nothing of it shown. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class);

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(Exception e) {
            LOG.errorf(e, "Unexpected error in REST call (correlation id %s)", CorrelationIdFilter.of(request));
            return problem(request, 500, "Something went wrong. Quote the correlation id if you report it.")
                    .toResponse();
        }
    }
}
