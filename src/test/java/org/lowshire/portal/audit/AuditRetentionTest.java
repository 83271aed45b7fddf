package org.lowshire.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {

    @Test
    void theTrailLastsAsLongAsTheRecordsByDefault() {
        var p = AuditRetention.Policy.from(Map.of("PORTAL_RECORD_RETENTION_YEARS", "75"));
        assertEquals(75, p.auditYears());
        assertFalse(p.raised());
    }

    @Test
    void aShorterTrailPeriodIsRaisedToTheRecords() {
        var p = AuditRetention.Policy.from(
                Map.of("PORTAL_RECORD_RETENTION_YEARS", "35", "PORTAL_AUDIT_RETENTION_YEARS", "2"));
        assertEquals(35, p.auditYears());
        assertTrue(p.raised());
        assertEquals(
                120,
                AuditRetention.Policy.from(Map.of("PORTAL_AUDIT_RETENTION_YEARS", "120"))
                        .auditYears());
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditRetention.Policy.from(Map.of("PORTAL_AUDIT_RETENTION_YEARS", "forever")));
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditRetention.Policy.from(Map.of("PORTAL_RECORD_RETENTION_YEARS", "0")));
    }
}
