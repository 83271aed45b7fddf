package org.lowshire.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lowshire.portal.access.PersonPolicy.ConsentAction;
import org.lowshire.portal.security.Role;
import org.lowshire.portal.security.UserIdentity;

/**
 * People and consents as a table: who sees a child and which consents, who may change them. The child is in a sent
 * CSC → POLICE request and in a draft an education practitioner is writing (having linked the record).
 */
class PersonPolicyTest {

    private static final PersonFacts CHILD = new PersonFacts(List.of(
            new RequestFacts("sub-csc", "CSC", true, Set.of("POLICE")),
            new RequestFacts("sub-edu", "EDU", false, Set.of("HEALTH"))));

    private static UserIdentity user(String subject, String agency, Role role) {
        return new UserIdentity(subject, subject, subject, agency, EnumSet.of(role));
    }

    /** user subject, agency, role, consent recorded by → sees person, sees consent, may change consent */
    @ParameterizedTest(name = "{0} ({1}) and a consent recorded by {3}: person {4}, consent {5}, change {6}")
    @CsvSource({
        "sub-csc, CSC, PRACTITIONER, CSC, true, true, true",
        "sub-csc, CSC, PRACTITIONER, POLICE, true, true, false",
        "sub-csc, CSC, PRACTITIONER, EDU, true, false, false",
        "sub-csc-lead, CSC, AGENCY_LEAD, CSC, true, true, true",
        "sub-police, POLICE, PRACTITIONER, CSC, true, true, false",
        "sub-police, POLICE, PRACTITIONER, POLICE, true, true, true",
        "sub-police, POLICE, PRACTITIONER, HEALTH, true, false, false",
        "sub-edu, EDU, PRACTITIONER, CSC, true, false, false",
        "sub-edu, EDU, PRACTITIONER, EDU, true, true, true",
        "sub-edu-2, EDU, PRACTITIONER, EDU, false, false, false",
        "sub-health, HEALTH, PRACTITIONER, HEALTH, false, false, false",
        "sub-ig, CSC, IG_OFFICER, CSC, false, false, false",
        "sub-admin, CSC, ADMIN, CSC, false, false, false"
    })
    void theTable(
            String subject,
            String agency,
            Role role,
            String recordedBy,
            boolean person,
            boolean consent,
            boolean change) {
        var u = user(subject, agency, role);
        assertEquals(person, PersonPolicy.maySee(u, CHILD), "sees the person");
        assertEquals(consent, PersonPolicy.mayConsent(u, CHILD, ConsentAction.VIEW, recordedBy), "sees the consent");
        assertEquals(change, PersonPolicy.mayConsent(u, CHILD, ConsentAction.CHANGE, recordedBy), "changes it");
        assertEquals(person, PersonPolicy.mayConsent(u, CHILD, ConsentAction.RECORD, null), "records their own");
    }

    /** user subject, agency, role, agency asked about → may know it had to do with the child */
    @ParameterizedTest(name = "{0} ({1}) may know of {3}: {4}")
    @CsvSource({
        "sub-edu, EDU, PRACTITIONER, CSC, false",
        "sub-edu, EDU, PRACTITIONER, EDU, true",
        "sub-csc, CSC, PRACTITIONER, POLICE, true",
        "sub-police, POLICE, PRACTITIONER, CSC, true",
        "sub-police, POLICE, PRACTITIONER, EDU, false",
        "sub-health, HEALTH, PRACTITIONER, EDU, false",
        "sub-ig, CSC, IG_OFFICER, POLICE, false"
    })
    void whoKnowsWhichAgencyKnowsTheChild(String subject, String agency, Role role, String other, boolean knows) {
        assertEquals(knows, PersonPolicy.mayKnowAgency(user(subject, agency, role), CHILD, other));
    }

    private static final PersonFacts ASKED_TWICE =
            new PersonFacts(List.of(new RequestFacts("sub-csc", "CSC", true, Set.of("POLICE", "HEALTH"))));

    /** Two agencies asked in one request: neither learns of the other, the requester knows both. */
    @ParameterizedTest(name = "{0} ({1}) and {3}''s consent: sees {4}")
    @CsvSource({
        "sub-police, POLICE, PRACTITIONER, HEALTH, false",
        "sub-health, HEALTH, AGENCY_LEAD, POLICE, false",
        "sub-police, POLICE, PRACTITIONER, CSC, true",
        "sub-csc, CSC, PRACTITIONER, HEALTH, true",
        "sub-csc-lead, CSC, AGENCY_LEAD, POLICE, true"
    })
    void anAgencyAskedNeverLearnsOfAnotherAgencyAsked(
            String subject, String agency, Role role, String recordedBy, boolean sees) {
        var u = user(subject, agency, role);
        assertEquals(sees, PersonPolicy.mayKnowAgency(u, ASKED_TWICE, recordedBy));
        assertEquals(sees, PersonPolicy.mayConsent(u, ASKED_TWICE, ConsentAction.VIEW, recordedBy));
    }

    @Test
    void findingAPersonNeedsAnIdentifierTheUserAlreadyHolds() {
        var dob = LocalDate.of(2015, 4, 1);
        assertTrue(PersonPolicy.holdsIdentifier("9434765919", dob, null, null, null), "NHS number and birth date");
        assertTrue(PersonPolicy.holdsIdentifier(null, dob, "Ada", "Testchild", "LW11AA"), "name, birth, postcode");
        assertFalse(PersonPolicy.holdsIdentifier("9434765919", null, null, null, null), "NHS number alone");
        assertFalse(PersonPolicy.holdsIdentifier(null, dob, "Ada", "Testchild", null), "name and birth date alone");
        assertFalse(PersonPolicy.holdsIdentifier(null, dob, null, "Testchild", "LW11AA"), "no first name");
    }

    @Test
    void leadsSeeTheirAgencysReportWithNamesIgEveryAgencysWithoutAndNobodyElseAny() {
        assertEquals(
                Optional.of(new ReportPolicy.Scope("CSC", true)),
                ReportPolicy.consentReport(user("l", "CSC", Role.AGENCY_LEAD)));
        assertEquals(
                Optional.of(new ReportPolicy.Scope(null, false)),
                ReportPolicy.consentReport(user("i", "CSC", Role.IG_OFFICER)));
        assertEquals(Optional.empty(), ReportPolicy.consentReport(user("p", "CSC", Role.PRACTITIONER)));
        assertEquals(Optional.empty(), ReportPolicy.consentReport(user("b", "VCS", Role.BOARD_ANALYST)));
    }

    @Test
    void nobodyReviewsAnAlertAboutThemselves() {
        var ig = new UserIdentity("s", "ig.officer", "Lee", "CSC", EnumSet.of(Role.IG_OFFICER));
        assertFalse(ReportPolicy.mayReviewAlert(ig, "ig.officer"));
        assertTrue(ReportPolicy.mayReviewAlert(ig, "csc.practitioner"));
        assertFalse(
                ReportPolicy.mayReviewAlert(
                        new UserIdentity("s", "csc.lead", "Chris", "CSC", EnumSet.of(Role.AGENCY_LEAD)),
                        "csc.practitioner"),
                "only IG officers review alerts");
    }
}
