package org.lowshire.portal.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lowshire.portal.person.Gender;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.person.PersonDetails;
import org.lowshire.portal.security.Role;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.shared.InvalidInput;

/** The coverage rules: kind, status, dates, recipient, purpose and kinds of information; withdrawal ends cover. */
class ConsentCoverageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final UserIdentity ALEX =
            new UserIdentity("sub-alex", "csc.practitioner", "Alex Morgan", "CSC", EnumSet.of(Role.PRACTITIONER));

    static Person child() {
        return Person.record(
                new PersonDetails(
                        "Ada",
                        "Testchild",
                        null,
                        LocalDate.of(2015, 4, 1),
                        false,
                        Gender.FEMALE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                "CSC",
                NOW);
    }

    /** Given by the mother on 1 Nov 2026 to police and health, for assessment, family and health information. */
    static ConsentDetails given(LocalDate expires) {
        return new ConsentDetails(
                ConsentKind.DATA_PROTECTION,
                ConsentStatus.GIVEN,
                LocalDate.of(2026, 11, 1),
                GivenBy.PARENTAL_RESPONSIBILITY,
                "Bea Testparent",
                "Mother",
                null,
                new ConsentScope(
                        Set.of(SharingPurpose.SAFEGUARDING_ASSESSMENT),
                        false,
                        Set.of("POLICE", "HEALTH"),
                        Set.of(DataCategory.FAMILY_HOUSEHOLD, DataCategory.HEALTH)),
                ConsentMethod.WRITTEN,
                "Form CF-1 (synthetic)",
                expires,
                null,
                null,
                null);
    }

    static Disclosure toPolice(Set<DataCategory> data, LocalDate on) {
        return new Disclosure("POLICE", SharingPurpose.SAFEGUARDING_ASSESSMENT, data, on);
    }

    @Test
    void coversARecipientPurposeAndDataInScope() {
        var c = Consent.record(child(), given(null), ALEX, TODAY, NOW);
        var result = ConsentCoverage.of(List.of(c), toPolice(Set.of(DataCategory.HEALTH), TODAY));
        assertTrue(result.covered());
        assertSame(c, result.consent());
    }

    @Test
    void namesWhatFallsOutsideTheScope() {
        var c = Consent.record(child(), given(null), ALEX, TODAY, NOW);
        assertEquals(
                CoverageGap.DATA_OUTSIDE,
                c.gapFor(toPolice(Set.of(DataCategory.HEALTH, DataCategory.POLICE_CRIMINAL), TODAY))
                        .orElseThrow());
        assertEquals(
                CoverageGap.RECIPIENT_OUTSIDE,
                c.gapFor(new Disclosure(
                                "EDU", SharingPurpose.SAFEGUARDING_ASSESSMENT, Set.of(DataCategory.HEALTH), TODAY))
                        .orElseThrow());
        assertEquals(
                CoverageGap.PURPOSE_OUTSIDE,
                c.gapFor(new Disclosure("POLICE", SharingPurpose.CRIME_PREVENTION, Set.of(DataCategory.HEALTH), TODAY))
                        .orElseThrow());
        assertEquals(
                CoverageGap.PURPOSE_OUTSIDE,
                c.gapFor(new Disclosure("POLICE", null, Set.of(DataCategory.HEALTH), TODAY))
                        .orElseThrow(),
                "a request with no purpose is never covered");
        assertEquals(
                CoverageGap.DATA_OUTSIDE,
                c.gapFor(toPolice(Set.of(), TODAY)).orElseThrow(),
                "nothing named is never covered");
    }

    @Test
    void expiryAndStartDateBoundTheCover() {
        var c = Consent.record(child(), given(LocalDate.of(2026, 12, 31)), ALEX, TODAY, NOW);
        assertTrue(
                c.gapFor(toPolice(Set.of(DataCategory.HEALTH), LocalDate.of(2026, 12, 31)))
                        .isEmpty(),
                "the expiry day itself is covered");
        assertEquals(
                CoverageGap.EXPIRED,
                c.gapFor(toPolice(Set.of(DataCategory.HEALTH), LocalDate.of(2027, 1, 1)))
                        .orElseThrow());
        assertEquals(
                CoverageGap.NOT_YET_IN_FORCE,
                c.gapFor(toPolice(Set.of(DataCategory.HEALTH), LocalDate.of(2026, 10, 31)))
                        .orElseThrow());
        assertTrue(c.isExpiredOn(LocalDate.of(2027, 1, 1)));
        assertFalse(c.isInForceOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void withdrawalEndsCoverAndKeepsTheHistory() {
        var c = Consent.record(child(), given(null), ALEX, TODAY, NOW);
        c.withdraw(TODAY, "Mother phoned the social worker", ALEX, TODAY, NOW);
        assertEquals(ConsentStatus.WITHDRAWN, c.getStatus());
        assertEquals(
                CoverageGap.WITHDRAWN,
                c.gapFor(toPolice(Set.of(DataCategory.HEALTH), TODAY)).orElseThrow());
        assertEquals(
                List.of(ConsentStatus.GIVEN, ConsentStatus.WITHDRAWN),
                c.getHistory().stream().map(ConsentStatusEntry::getStatus).toList());
        var again = assertThrows(InvalidInput.class, () -> c.withdraw(TODAY, null, ALEX, TODAY, NOW));
        assertEquals("consent.error.onlyGivenWithdrawn", again.fieldErrors().get("status"));
    }

    @Test
    void withdrawalDateMustFallBetweenGivingAndToday() {
        var c = Consent.record(child(), given(null), ALEX, TODAY, NOW);
        var before =
                assertThrows(InvalidInput.class, () -> c.withdraw(LocalDate.of(2026, 10, 1), null, ALEX, TODAY, NOW));
        assertEquals("consent.error.withdrawnBeforeGiven", before.fieldErrors().get("withdrawnOn"));
        var future = assertThrows(InvalidInput.class, () -> c.withdraw(TODAY.plusDays(1), null, ALEX, TODAY, NOW));
        assertEquals("consent.error.dateInFuture", future.fieldErrors().get("withdrawnOn"));
        assertEquals(ConsentStatus.GIVEN, c.getStatus(), "a refused withdrawal changes nothing");
    }

    @Test
    void onlyConsentToShareGivenCoversAndTheNearestGapIsReported() {
        var service = Consent.record(
                child(),
                new ConsentDetails(
                        ConsentKind.SERVICE_AGREEMENT,
                        ConsentStatus.GIVEN,
                        TODAY,
                        GivenBy.PARENTAL_RESPONSIBILITY,
                        "Bea Testparent",
                        "Mother",
                        null,
                        null,
                        ConsentMethod.VERBAL,
                        null,
                        null,
                        null,
                        null,
                        null),
                ALEX,
                TODAY,
                NOW);
        var refused = Consent.record(
                child(),
                new ConsentDetails(
                        ConsentKind.DATA_PROTECTION,
                        ConsentStatus.REFUSED,
                        TODAY,
                        GivenBy.PARENTAL_RESPONSIBILITY,
                        "Bea Testparent",
                        "Mother",
                        null,
                        null,
                        ConsentMethod.VERBAL,
                        null,
                        null,
                        null,
                        null,
                        null),
                ALEX,
                TODAY,
                NOW);
        var d = toPolice(Set.of(DataCategory.HEALTH), TODAY);
        assertEquals(CoverageGap.WRONG_KIND, service.gapFor(d).orElseThrow());
        assertEquals(
                CoverageGap.NOT_GIVEN,
                ConsentCoverage.of(List.of(service, refused), d).gap());
        assertEquals(CoverageGap.NONE_RECORDED, ConsentCoverage.of(List.of(), d).gap());
        var inScope = Consent.record(child(), given(null), ALEX, TODAY, NOW);
        assertTrue(ConsentCoverage.of(List.of(service, refused, inScope), d).covered());
    }

    @Test
    void aSoughtConsentIsAnsweredButAGivenOneCannotGoBackToSought() {
        var sought = Consent.record(
                child(),
                new ConsentDetails(
                        ConsentKind.DATA_PROTECTION,
                        ConsentStatus.SOUGHT,
                        TODAY,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                ALEX,
                TODAY,
                NOW);
        sought.revise(given(null), ALEX, TODAY, NOW);
        assertEquals(ConsentStatus.GIVEN, sought.getStatus());
        var back = new ConsentDetails(
                ConsentKind.DATA_PROTECTION,
                ConsentStatus.SOUGHT,
                TODAY,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        var e = assertThrows(InvalidInput.class, () -> sought.revise(back, ALEX, TODAY, NOW));
        assertEquals("consent.error.statusStep", e.fieldErrors().get("status"));
        assertEquals(2, sought.getHistory().size());
    }
}
