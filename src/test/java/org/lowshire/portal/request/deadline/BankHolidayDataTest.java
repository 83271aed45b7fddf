package org.lowshire.portal.request.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bank holidays migration itself: eight a year, none at a weekend, Easter the right distance apart. */
class BankHolidayDataTest {

    static Set<LocalDate> holidays() {
        try {
            String sql = Files.readString(Path.of("src/main/resources/db/migration/V6__bank_holiday.sql"));
            var m = Pattern.compile("'(\\d{4}-\\d{2}-\\d{2})'").matcher(sql);
            Set<LocalDate> out = new TreeSet<>();
            while (m.find()) {
                out.add(LocalDate.parse(m.group(1)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eightAYearNoneAtAWeekend() {
        var all = holidays();
        for (int year = 2024; year <= 2030; year++) {
            int y = year;
            assertEquals(8, all.stream().filter(d -> d.getYear() == y).count(), "year " + year);
        }
        assertTrue(all.stream().noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                || d.getDayOfWeek() == DayOfWeek.SUNDAY));
    }

    @Test
    void goodFridayIsThreeDaysBeforeEasterMonday() {
        var all = holidays();
        all.stream().filter(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY && d.getMonthValue() >= 3
                && d.getMonthValue() <= 4).forEach(gf -> assertTrue(all.contains(gf.plusDays(3)), gf.toString()));
    }
}
