package org.lowshire.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.lowshire.portal.audit.AccessDenials;
import org.lowshire.portal.security.AccessDenied;

/**
 * The reference an error page shows, and the ACCESS_DENIED record of a refused page. Refusals by the container (403 before any filter ran) have no correlation id
 * yet, so one is made here and logged with the status, to tie the user's report to the server's log.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class);

    @Inject
    HttpServletRequest request;

    @Inject
    AccessDenials denials;

    private String reference;

    public String getReference() {
        if (reference == null) {
            Object existing = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
            reference = existing == null ? UUID.randomUUID().toString() : existing.toString();
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            LOG.infof("Error page for status %s shown (reference %s)", status, reference);
            if (Integer.valueOf(403).equals(status) && request.getAttribute(AccessDenied.RECORDED) == null) {
                String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
                denials.refused(
                        "PAGE",
                        uri == null
                                ? null
                                : uri.substring(request.getContextPath().length()),
                        recordAskedFor());
            }
        }
        return reference;
    }

    /** The record a refused page was asked for, by whichever parameter names it (id, person, user, agency code). */
    private String recordAskedFor() {
        for (String name : new String[] {"id", "person", "user", "code"}) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                return value.length() <= 100 ? value : value.substring(0, 100);
            }
        }
        return null;
    }
}
