package org.lowshire.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * How long the trail is kept. The log of who saw or received a record must last as long as the record (Art 15 and
 * DPA 2018 s62 requests can come decades later, IICSA recommendation 17), so the trail's period is never shorter
 * than the records' ({@code PORTAL_RECORD_RETENTION_YEARS}, default 100): a shorter
 * {@code PORTAL_AUDIT_RETENTION_YEARS} is raised to it and the server says so. The portal deletes nothing from the
 * trail; this is the period operators apply when they archive whole partitions.
 */
@Named
@ApplicationScoped
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class);

    private final Policy policy = Policy.from(System.getenv());

    public record Policy(int auditYears, int recordYears, boolean raised) {

        public static Policy from(Map<String, String> env) {
            int records = years(env, "PORTAL_RECORD_RETENTION_YEARS", 100);
            int audit = years(env, "PORTAL_AUDIT_RETENTION_YEARS", records);
            return audit < records ? new Policy(records, records, true) : new Policy(audit, records, false);
        }

        private static int years(Map<String, String> env, String name, int fallback) {
            String v = env.get(name);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(v.strip());
                if (n < 1) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number of years, 1 or more");
            }
        }
    }

    public Policy getPolicy() {
        if (policy.raised()) {
            LOG.warnf(
                    "PORTAL_AUDIT_RETENTION_YEARS is shorter than the records' retention; the trail is kept for %d"
                            + " years instead",
                    policy.auditYears());
        }
        return policy;
    }
}
