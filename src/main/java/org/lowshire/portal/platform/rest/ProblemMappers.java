package org.lowshire.portal.platform.rest;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import org.jboss.logging.Logger;
import org.lowshire.portal.audit.AccessDenials;
import org.lowshire.portal.security.AccessDenied;
import org.lowshire.portal.shared.BusinessException;
import org.lowshire.portal.shared.Correlation;
import org.lowshire.portal.shared.FailureLog;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.RecordNotFound;
import org.lowshire.portal.shared.Texts;

/** The one place REST errors become problem+json answers. */
public final class ProblemMappers {

    private ProblemMappers() {}

    static Problem problem(HttpServletRequest request, int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return new Problem("about:blank", title, status, detail, Correlation.of(request));
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
                denials.refused(
                        "API",
                        request.getRequestURI()
                                .substring(request.getContextPath().length()));
            }
            return problem(request, status, "The request could not be completed (" + status + ").")
                    .toResponse();
        }
    }

    /** The need-to-know policy refused a record: already audited with the record it was about. */
    @Provider
    public static class Denied implements ExceptionMapper<AccessDenied> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(AccessDenied e) {
            return problem(request, 403, "You do not have access to this record.")
                    .toResponse();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFound> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(RecordNotFound e) {
            return problem(request, 404, "There is no such record.").toResponse();
        }
    }

    /**
     * A rule said no: 400 with a message per field for bad input, 409 for a move the record's state refuses, 422 for
     * an Idempotency-Key reused for another call, 429 for too many.
     */
    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(BusinessException e) {
            if (e instanceof InvalidInput invalid) {
                return invalid(request, invalid);
            }
            int status = e instanceof org.lowshire.portal.shared.TooManyRequests
                    ? 429
                    : e instanceof IdempotentCalls.KeyReused ? 422 : 409;
            return problem(request, status, Texts.text(e.messageKey())).toResponse();
        }
    }

    /** An entity's {@code @Size} refused text its own rules let through: 400 by field, never the database's 500. */
    @Provider
    public static class Violation implements ExceptionMapper<jakarta.validation.ConstraintViolationException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(jakarta.validation.ConstraintViolationException e) {
            return invalid(request, InvalidInput.of(e));
        }
    }

    /** Someone else changed the record between read and write: nothing was overwritten. */
    @Provider
    public static class Conflict implements ExceptionMapper<OptimisticLockException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return problem(request, 409, Texts.text("request.error.changedMeanwhile"))
                    .toResponse();
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
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleObjectStateException) {
                    return problem(request, 409, Texts.text("request.error.changedMeanwhile"))
                            .toResponse();
                }
                if (t instanceof jakarta.validation.ConstraintViolationException violation) {
                    return invalid(request, InvalidInput.of(violation));
                }
            }
            FailureLog.unexpected(LOG, "REST call", request, e);
            return problem(request, 500, "Something went wrong. Quote the correlation id if you report it.")
                    .toResponse();
        }
    }

    /** 400 with a message per field. */
    static Response invalid(HttpServletRequest request, InvalidInput invalid) {
        var messages = new LinkedHashMap<String, String>();
        invalid.fieldErrors().forEach((field, key) -> messages.put(field, Texts.text(key)));
        return problem(request, 400, Texts.text("error.summary.title"))
                .withErrors(messages)
                .toResponse();
    }
}
