package org.lowshire.portal.consent;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lowshire.portal.shared.InvalidInput;

/** Bad input is refused field by field: dates, who gave it, competence, scope, reasons. */
class ConsentDetailsTest {

    static final LocalDate TODAY = ConsentCoverageTest.TODAY;

    private static ConsentDetails child(ConsentDetails.Competence competence) {
        return new ConsentDetails(
                ConsentKind.DATA_PROTECTION,
                ConsentStatus.GIVEN,
                LocalDate.of(2026, 11, 1),
                GivenBy.CHILD,
                null,
                null,
                competence,
                new ConsentScope(Set.of(SharingPurpose.EARLY_HELP), true, null, Set.of(DataCategory.EDUCATION)),
                ConsentMethod.VERBAL,
                null,
                null,
                null,
                null,
                null);
    }

    private static java.util.Map<String, String> errors(ConsentDetails d, boolean aboutAChild) {
        return assertThrows(InvalidInput.class, () -> d.check(TODAY, aboutAChild))
                .fieldErrors();
    }

    @Test
    void expiryBeforeTheDateGivenIsRefused() {
        var d = new ConsentDetails(
                ConsentKind.DATA_PROTECTION,
                ConsentStatus.GIVEN,
                LocalDate.of(2026, 11, 1),
                GivenBy.PERSON,
                null,
                null,
                null,
                new ConsentScope(
                        Set.of(SharingPurpose.HEALTH_CARE), false, Set.of("HEALTH"), Set.of(DataCategory.HEALTH)),
                ConsentMethod.WRITTEN,
                null,
                LocalDate.of(2026, 10, 31),
                null,
                null,
                null);
        assertEquals(java.util.Map.of("expiresOn", "consent.error.expiryBeforeStart"), errors(d, false));
    }

    @Test
    void aChildGivingConsentNeedsACompetenceAssessmentFoundCompetent() {
        assertEquals(
                "consent.error.competenceMissing", errors(child(null), true).get("competence"));
        var notCompetent = new ConsentDetails.Competence(
                "Jo Evans (DSL)", LocalDate.of(2026, 11, 1), CompetenceOutcome.NOT_COMPETENT, null);
        assertEquals(
                "consent.error.notCompetent", errors(child(notCompetent), true).get("competence"));
        var competent = new ConsentDetails.Competence(
                "Jo Evans (DSL)",
                LocalDate.of(2026, 11, 1),
                CompetenceOutcome.COMPETENT,
                "Understood who would see what");
        assertDoesNotThrow(() -> child(competent).check(TODAY, true));
        assertEquals("consent.error.notAChild", errors(child(competent), false).get("givenBy"));
    }

    @Test
    void parentalResponsibilityNeedsNameAndRelationshipAndGivenConsentNeedsAScope() {
        var d = new ConsentDetails(
                ConsentKind.DATA_PROTECTION,
                ConsentStatus.GIVEN,
                TODAY,
                GivenBy.PARENTAL_RESPONSIBILITY,
                null,
                " ",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        var e = errors(d, true);
        assertEquals("consent.error.giverNameMissing", e.get("giverName"));
        assertEquals("consent.error.relationshipMissing", e.get("giverRelationship"));
        assertEquals("consent.error.methodMissing", e.get("method"));
        assertEquals("consent.error.purposesMissing", e.get("purposes"));
        assertEquals("consent.error.agenciesMissing", e.get("agencies"));
        assertEquals("consent.error.categoriesMissing", e.get("categories"));
    }

    @Test
    void notSoughtNeedsAReasonAndDatesCannotBeInTheFuture() {
        var d = new ConsentDetails(
                ConsentKind.DATA_PROTECTION,
                ConsentStatus.NOT_SOUGHT,
                TODAY.plusDays(1),
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
        var e = errors(d, true);
        assertEquals("consent.error.notSoughtReasonMissing", e.get("notSoughtReason"));
        assertEquals("consent.error.dateInFuture", e.get("statusOn"));
        var missing =
                new ConsentDetails(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        var m = errors(missing, true);
        assertEquals("consent.error.kindMissing", m.get("kind"));
        assertEquals("consent.error.statusMissing", m.get("status"));
        assertEquals("consent.error.dateMissing", m.get("statusOn"));
    }
}
