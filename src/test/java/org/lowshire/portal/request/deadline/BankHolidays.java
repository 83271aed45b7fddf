package org.lowshire.portal.request.deadline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Test helper: the bank holidays exactly as the Flyway migration inserts them. */
public final class BankHolidays {

    private BankHolidays() {}

    public static Set<LocalDate> fromMigration(Path projectDir) {
        try {
            String sql = Files.readString(projectDir.resolve("src/main/resources/db/migration/V6__bank_holiday.sql"));
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
}
