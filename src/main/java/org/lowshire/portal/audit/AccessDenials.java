package org.lowshire.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.lowshire.portal.security.AccessDenied;

/**
 * Records refusals (403) as ACCESS_DENIED events, in their own transaction: a service's refusal of a record (naming
 * it and the people it is about), or a page or API call refused before any record was loaded. A refusal of a page
 * or API call stands even if its record cannot be written; that failure is logged for the operators.
 */
@ApplicationScoped
public class AccessDenials {

    private static final Logger LOG = Logger.getLogger(AccessDenials.class);

    @Inject
    AuditTrail audit;

    @Inject
    HttpServletRequest http;

    /**
     * A service refuses a record: the ACCESS_DENIED event names it (type, id, reference) and the people it is about,
     * and the error page is told it need not record the refusal again. Returns the exception to throw.
     */
    public AccessDenied denied(String type, String id, String ref, List<String> personIds) {
        audit.recordSeparately(AuditEntry.of(AuditAction.ACCESS_DENIED)
                .outcome(AuditOutcome.DENIED)
                .target(type, id, ref)
                .persons(personIds)
                .details(Map.of("status", 403)));
        http.setAttribute(AccessDenied.RECORDED, Boolean.TRUE);
        return new AccessDenied();
    }

    public void refused(String kind, String path) {
        refused(kind, path, null);
    }

    /** As {@link #refused(String, String)}, naming the record the refused page or download was asked for. */
    public void refused(String kind, String path, String recordId) {
        try {
            audit.recordSeparately(AuditEntry.of(AuditAction.ACCESS_DENIED)
                    .outcome(AuditOutcome.DENIED)
                    .target(kind, truncate(path), null)
                    .details(
                            recordId == null || recordId.isBlank()
                                    ? Map.of("status", 403)
                                    : Map.of("status", 403, "record", truncate(recordId))));
        } catch (RuntimeException e) {
            LOG.errorf(
                    "An access refusal could not be recorded in the audit trail (%s)",
                    e.getClass().getSimpleName());
        }
    }

    private static String truncate(String path) {
        return path == null || path.length() <= 64 ? path : path.substring(0, 64);
    }
}
