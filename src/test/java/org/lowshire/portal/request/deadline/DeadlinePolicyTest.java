package org.lowshire.portal.request.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    private static final DeadlinePolicy POLICY = DeadlinePolicy.defaults();
    private static final WorkingCalendar CAL = WorkingCalendarTest.CAL;

    private static Instant uk(String local) {
        return ZonedDateTime.parse(local + "[Europe/London]").toInstant();
    }

    @Test
    void emergencyIsDueTheSameWorkingDay() {
        assertEquals(uk("2026-03-02T17:00:00Z"), POLICY.dueAt(uk("2026-03-02T09:30:00Z"), Urgency.EMERGENCY, CAL));
    }

    @Test
    void urgentIsDueTheNextWorkingDay() {
        assertEquals(uk("2026-03-03T17:00:00Z"), POLICY.dueAt(uk("2026-03-02T09:30:00Z"), Urgency.URGENT, CAL));
    }

    @Test
    void standardIsFiveWorkingDaysAcrossABankHoliday() {
        // Wed 1 Apr 2026 + 5 working days: 2, (3 and 6 are holidays) 7, 8, 9, 10 -> Fri 10 Apr
        assertEquals(
                uk("2026-04-10T17:00:00+01:00"), POLICY.dueAt(uk("2026-04-01T10:00:00+01:00"), Urgency.STANDARD, CAL));
    }

    @Test
    void afterTheCutOffOrAtTheWeekendCountsFromTheNextWorkingDay() {
        assertEquals(uk("2026-03-03T17:00:00Z"), POLICY.dueAt(uk("2026-03-02T18:00:00Z"), Urgency.EMERGENCY, CAL));
        assertEquals(uk("2026-03-09T17:00:00Z"), POLICY.dueAt(uk("2026-03-07T11:00:00Z"), Urgency.EMERGENCY, CAL));
    }

    @Test
    void dueTimesFollowBritishSummerTime() {
        // clocks go forward on Sun 29 Mar 2026: Fri 27 Mar + 1 working day = Mon 30 Mar 17:00 BST = 16:00 UTC
        assertEquals(
                Instant.parse("2026-03-30T16:00:00Z"), POLICY.dueAt(uk("2026-03-27T10:00:00Z"), Urgency.URGENT, CAL));
    }

    @Test
    void readsTheEnvironmentAndRefusesBadValues() {
        var p = DeadlinePolicy.fromEnvironment(Map.of("PORTAL_DUE_STANDARD_DAYS", "10"));
        assertEquals(10, p.workingDays(Urgency.STANDARD));
        assertEquals(1, p.workingDays(Urgency.URGENT));
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> DeadlinePolicy.fromEnvironment(Map.of("PORTAL_DUE_URGENT_DAYS", "soon")));
        assertTrue(e.getMessage().contains("PORTAL_DUE_URGENT_DAYS"));
        assertThrows(
                IllegalArgumentException.class,
                () -> DeadlinePolicy.fromEnvironment(Map.of("PORTAL_DUE_EMERGENCY_DAYS", "-1")));
    }
}
