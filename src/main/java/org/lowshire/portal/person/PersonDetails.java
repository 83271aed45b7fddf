package org.lowshire.portal.person;

import java.io.Serializable;
import java.time.LocalDate;
import org.lowshire.portal.access.PersonPolicy;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.TextInput;
import org.lowshire.portal.shared.TextLimits;

/**
 * What a practitioner types about a person, checked as a whole so every problem is reported at once. For an unborn
 * child {@code dateOfBirth} is the expected date of delivery and may lie in the future; otherwise it may not.
 */
public record PersonDetails(
        String givenName,
        String familyName,
        String aliases,
        LocalDate dateOfBirth,
        boolean unborn,
        Gender gender,
        String ethnicity,
        Boolean disability,
        String address,
        String nhsNumber,
        String localAuthorityRef,
        String policeRef)
        implements Serializable {

    public static final int NAME_MAX = TextLimits.NAME;
    public static final int TEXT_MAX = TextLimits.ADDRESS;

    public PersonDetails {
        givenName = TextInput.optional(givenName);
        familyName = TextInput.optional(familyName);
        aliases = TextInput.optional(aliases);
        ethnicity = TextInput.optional(ethnicity);
        address = TextInput.optional(address);
        nhsNumber = NhsNumber.normalise(nhsNumber);
        localAuthorityRef = TextInput.optional(localAuthorityRef);
        policeRef = TextInput.optional(policeRef);
    }

    public void check(LocalDate today) {
        var c = new InvalidInput.Collector();
        c.check(unborn || givenName != null, "givenName", "person.error.givenNameMissing");
        c.check(unborn || familyName != null, "familyName", "person.error.familyNameMissing");
        c.check(fits(givenName, NAME_MAX), "givenName", "person.error.nameTooLong");
        c.check(fits(familyName, NAME_MAX), "familyName", "person.error.nameTooLong");
        c.check(
                fits(aliases, TEXT_MAX) && fits(address, TEXT_MAX) && fits(ethnicity, NAME_MAX),
                "address",
                "person.error.textTooLong");
        c.check(dateOfBirth != null || !unborn, "dateOfBirth", "person.error.expectedDateMissing");
        c.check(
                dateOfBirth == null || unborn || !dateOfBirth.isAfter(today),
                "dateOfBirth",
                "person.error.dobInFuture");
        c.check(
                dateOfBirth == null || !unborn || !dateOfBirth.isBefore(today.minusMonths(1)),
                "dateOfBirth",
                "person.error.expectedDatePast");
        c.check(
                dateOfBirth == null || dateOfBirth.isAfter(today.minusYears(120)),
                "dateOfBirth",
                "person.error.dobTooOld");
        c.check(nhsNumber == null || NhsNumber.isValid(nhsNumber), "nhsNumber", "person.error.nhsNumberInvalid");
        c.check(
                fits(localAuthorityRef, TextLimits.REFERENCE) && fits(policeRef, TextLimits.REFERENCE),
                "localAuthorityRef",
                "person.error.refTooLong");
        c.throwIfAny();
    }

    /** The postcode in the address typed, normalised, or null. */
    public String postcode() {
        return Postcodes.in(address);
    }

    /** Whether these details name a person the way the policy requires before an existing record may be found. */
    public boolean holdsIdentifier() {
        return PersonPolicy.holdsIdentifier(nhsNumber, dateOfBirth, givenName, familyName, postcode());
    }

    public String displayName() {
        if (givenName == null && familyName == null) {
            return null;
        }
        return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
    }

    private static boolean fits(String s, int max) {
        return s == null || s.length() <= max;
    }
}
