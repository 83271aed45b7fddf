package org.lowshire.portal.request.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days in England and Wales: Monday to Friday except bank holidays (which are data, not code). */
public final class WorkingCalendar {

    private final Set<LocalDate> bankHolidays;

    public WorkingCalendar(Set<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }

    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** 0 days: the start itself if it is a working day, else the next one; n days: the n-th working day after. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days cannot be negative: " + days);
        }
        LocalDate day = isWorkingDay(start) ? start : nextWorkingDay(start);
        for (int i = 0; i < days; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
