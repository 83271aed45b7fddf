package org.lowshire.portal.request.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * When an answer is due: a number of working days per urgency (defaults emergency 0 = the same working day, urgent
 * 1, standard 5), ending at the cut-off hour (17:00 UK time). A request sent after the cut-off, or on a day that is
 * not a working day, counts as received on the next working day.
 */
public final class DeadlinePolicy {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final Map<Urgency, Integer> days;
    private final int cutOffHour;

    public DeadlinePolicy(Map<Urgency, Integer> days, int cutOffHour) {
        this.days = new EnumMap<>(days);
        for (Urgency u : Urgency.values()) {
            if (this.days.getOrDefault(u, -1) < 0) {
                throw new IllegalArgumentException("No working days configured for " + u);
            }
        }
        if (cutOffHour < 1 || cutOffHour > 23) {
            throw new IllegalArgumentException("Cut-off hour must be 1-23: " + cutOffHour);
        }
        this.cutOffHour = cutOffHour;
    }

    public static DeadlinePolicy defaults() {
        return new DeadlinePolicy(Map.of(Urgency.EMERGENCY, 0, Urgency.URGENT, 1, Urgency.STANDARD, 5), 17);
    }

    /** Reads PORTAL_DUE_EMERGENCY_DAYS, _URGENT_DAYS, _STANDARD_DAYS and PORTAL_DUE_CUTOFF_HOUR. */
    public static DeadlinePolicy fromEnvironment(Map<String, String> env) {
        var d = new EnumMap<Urgency, Integer>(Urgency.class);
        d.put(Urgency.EMERGENCY, number(env, "PORTAL_DUE_EMERGENCY_DAYS", 0));
        d.put(Urgency.URGENT, number(env, "PORTAL_DUE_URGENT_DAYS", 1));
        d.put(Urgency.STANDARD, number(env, "PORTAL_DUE_STANDARD_DAYS", 5));
        return new DeadlinePolicy(d, number(env, "PORTAL_DUE_CUTOFF_HOUR", 17));
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of 0 or more, not '" + value + "'");
        }
    }

    public Instant dueAt(Instant submittedAt, Urgency urgency, WorkingCalendar calendar) {
        ZonedDateTime local = submittedAt.atZone(UK);
        LocalDate received = local.toLocalDate();
        if (!calendar.isWorkingDay(received) || local.getHour() >= cutOffHour) {
            received = calendar.nextWorkingDay(received);
        }
        LocalDate due = calendar.addWorkingDays(received, days.get(urgency));
        return due.atTime(LocalTime.of(cutOffHour, 0)).atZone(UK).toInstant();
    }

    public int workingDays(Urgency urgency) {
        return days.get(urgency);
    }
}
