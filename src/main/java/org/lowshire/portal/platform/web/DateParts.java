package org.lowshire.portal.platform.web;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.lowshire.portal.shared.InvalidInput;

/** A date typed as three boxes (GOV.UK date input); parsed on demand, refused by field when it does not exist. */
public class DateParts implements Serializable {

    private static final long serialVersionUID = 1L;

    private String day;
    private String month;
    private String year;

    public static DateParts of(LocalDate d) {
        var p = new DateParts();
        if (d != null) {
            p.day = Integer.toString(d.getDayOfMonth());
            p.month = Integer.toString(d.getMonthValue());
            p.year = Integer.toString(d.getYear());
        }
        return p;
    }

    /** The date, or null when all three boxes are empty. */
    public LocalDate toDate(String field) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2200) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            throw new InvalidInput(Map.of(field, "date.error.invalid"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String v) {
        day = v;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String v) {
        month = v;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String v) {
        year = v;
    }
}
