package org.lowshire.portal.request.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bank holidays migration itself: eight a year, none at a weekend, Easter the right distance apart. */
class BankHolidayDataTest {

    static Set<LocalDate> holidays() {
        return BankHolidays.fromMigration(Path.of("."));
    }

    @Test
    void eightAYearNoneAtAWeekend() {
        var all = holidays();
        for (int year = 2024; year <= 2030; year++) {
            int y = year;
            assertEquals(8, all.stream().filter(d -> d.getYear() == y).count(), "year " + year);
        }
        assertTrue(all.stream()
                .noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY));
    }

    @Test
    void goodFridayIsThreeDaysBeforeEasterMonday() {
        var all = holidays();
        all.stream()
                .filter(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY && d.getMonthValue() >= 3 && d.getMonthValue() <= 4)
                .forEach(gf -> assertTrue(all.contains(gf.plusDays(3)), gf.toString()));
    }
}
