package org.lowshire.portal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The reference an error page shows. Refusals by the container (403 before any filter ran) have no correlation id
 * yet, so one is made here and logged with the status, to tie the user's report to the server's log.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class);

    @Inject
    HttpServletRequest request;

    private String reference;

    public String getReference() {
        if (reference == null) {
            Object existing = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
            reference = existing == null ? UUID.randomUUID().toString() : existing.toString();
            LOG.infof("Error page for status %s shown (reference %s)",
                    request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE), reference);
        }
        return reference;
    }
}
