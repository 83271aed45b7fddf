package org.lowshire.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Records refusals (403) of pages and API calls as ACCESS_DENIED events, in their own transaction. A refusal stands
 * even if its record cannot be written; that failure is logged for the operators.
 */
@ApplicationScoped
public class AccessDenials {

    private static final Logger LOG = Logger.getLogger(AccessDenials.class);

    @Inject
    AuditTrail audit;

    public void refused(String kind, String path) {
        try {
            audit.recordSeparately(AuditEntry.of(AuditAction.ACCESS_DENIED).outcome(AuditOutcome.DENIED)
                    .target(kind, truncate(path), null).details(Map.of("status", 403)));
        } catch (RuntimeException e) {
            LOG.errorf("An access refusal could not be recorded in the audit trail (%s)", e.getClass().getSimpleName());
        }
    }

    private static String truncate(String path) {
        return path == null || path.length() <= 64 ? path : path.substring(0, 64);
    }
}
