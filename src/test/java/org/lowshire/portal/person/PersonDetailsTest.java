package org.lowshire.portal.person;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lowshire.portal.shared.InvalidInput;

class PersonDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static PersonDetails person(String given, LocalDate dob, boolean unborn, String nhs) {
        return new PersonDetails(
                given, "Testperson", null, dob, unborn, Gender.NOT_KNOWN, null, null, null, nhs, null, null);
    }

    @Test
    void aDateOfBirthInTheFutureIsRefusedButAnExpectedDateIsNot() {
        var e = assertThrows(
                InvalidInput.class,
                () -> person("Ben", TODAY.plusDays(1), false, null).check(TODAY));
        assertEquals("person.error.dobInFuture", e.fieldErrors().get("dateOfBirth"));
        assertDoesNotThrow(() -> person(null, TODAY.plusMonths(3), true, null).check(TODAY));
    }

    @Test
    void anUnbornChildNeedsAnExpectedDate() {
        var e = assertThrows(
                InvalidInput.class, () -> person(null, null, true, null).check(TODAY));
        assertEquals("person.error.expectedDateMissing", e.fieldErrors().get("dateOfBirth"));
    }

    @Test
    void anInvalidNhsNumberIsNamedWithEveryOtherProblem() {
        var e = assertThrows(
                InvalidInput.class,
                () -> person(null, TODAY.plusDays(3), false, "1234567890").check(TODAY));
        assertEquals("person.error.nhsNumberInvalid", e.fieldErrors().get("nhsNumber"));
        assertEquals("person.error.givenNameMissing", e.fieldErrors().get("givenName"));
        assertEquals("person.error.dobInFuture", e.fieldErrors().get("dateOfBirth"));
    }

    @Test
    void scriptIsKeptAsTextNotRefused() {
        var p = person("<script>alert(1)</script>", LocalDate.of(2014, 1, 1), false, "943 476 5919");
        assertDoesNotThrow(() -> p.check(TODAY));
        assertEquals("9434765919", p.nhsNumber());
    }
}
