package org.lowshire.portal.request.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    static final WorkingCalendar CAL = new WorkingCalendar(BankHolidayDataTest.holidays());

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 3, 7)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 4, 3)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 4, 6)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2027, 12, 28)));
        assertTrue(CAL.isWorkingDay(LocalDate.of(2026, 4, 7)));
    }

    @Test
    void fiveWorkingDaysAcrossEaster() {
        // Thu 2 Apr 2026 + 5: Fri 3 and Mon 6 are holidays -> 7, 8, 9, 10, 13
        assertEquals(LocalDate.of(2026, 4, 13), CAL.addWorkingDays(LocalDate.of(2026, 4, 2), 5));
    }

    @Test
    void zeroDaysOnASaturdayIsMonday() {
        assertEquals(LocalDate.of(2026, 3, 9), CAL.addWorkingDays(LocalDate.of(2026, 3, 7), 0));
        assertEquals(LocalDate.of(2026, 3, 9), CAL.addWorkingDays(LocalDate.of(2026, 3, 9), 0));
    }

    @Test
    void christmasSubstituteDaysAreSkipped() {
        // Fri 24 Dec 2027 + 1: 25/26 weekend, 27/28 substitutes -> Wed 29
        assertEquals(LocalDate.of(2027, 12, 29), CAL.addWorkingDays(LocalDate.of(2027, 12, 24), 1));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CAL.addWorkingDays(LocalDate.of(2026, 3, 2), -1));
    }

    @Test
    void countsWorkingDaysBetween() {
        assertEquals(5, CAL.workingDaysBetween(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 13)));
        assertEquals(-5, CAL.workingDaysBetween(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 2)));
    }
}
