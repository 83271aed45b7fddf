package org.lowshire.portal.lawfulbasis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lowshire.portal.agency.Sector;
import org.lowshire.portal.shared.BusinessException;

class LawfulBasisTest {

    private static String refusal(LawfulBasis b, Sector s) {
        return assertThrows(BusinessException.class, () -> b.check(s)).messageKey();
    }

    @Test
    void aJustificationIsAlwaysRequired() {
        var b = new LawfulBasis(Set.of(Article6Basis.PUBLIC_TASK), ProcessingCondition.SCH1_PARA18_SAFEGUARDING, " ");
        assertEquals("lawfulBasis.error.justificationMissing", refusal(b, Sector.HEALTH));
    }

    @Test
    void scheduleEightIsForPoliceAndProbationOnly() {
        var b = new LawfulBasis(Set.of(Article6Basis.PUBLIC_TASK), ProcessingCondition.SCH8_PARA4_SAFEGUARDING, "s");
        assertEquals("lawfulBasis.error.conditionNotForSector", refusal(b, Sector.EDUCATION));
        assertDoesNotThrow(() -> b.check(Sector.POLICE));
        assertDoesNotThrow(() -> b.check(Sector.PROBATION));
    }

    @Test
    void legitimateInterestsAreForTheVoluntarySectorOnly() {
        var b = new LawfulBasis(
                Set.of(Article6Basis.RECOGNISED_LEGITIMATE_INTEREST),
                ProcessingCondition.SCH1_PARA18_SAFEGUARDING,
                "s");
        assertEquals("lawfulBasis.error.art6NotForSector", refusal(b, Sector.CHILDRENS_SOCIAL_CARE));
        assertDoesNotThrow(() -> b.check(Sector.VOLUNTARY_SECTOR));
    }

    @Test
    void consentAsTheBasisIsFlaggedAndSurvivesStorage() {
        var b = new LawfulBasis(
                Set.of(Article6Basis.CONSENT, Article6Basis.PUBLIC_TASK),
                ProcessingCondition.SCH1_PARA2_HEALTH_SOCIAL_CARE,
                "why");
        assertTrue(b.reliesOnConsent());
        assertEquals(Set.of(Article6Basis.CONSENT, Article6Basis.PUBLIC_TASK), b.getBases());
    }
}
