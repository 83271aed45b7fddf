package org.lowshire.portal.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lowshire.portal.agency.Sector;
import org.lowshire.portal.consent.DataCategory;
import org.lowshire.portal.consent.SharingPurpose;
import org.lowshire.portal.consent.WithoutConsentGround;
import org.lowshire.portal.lawfulbasis.Article6Basis;
import org.lowshire.portal.lawfulbasis.LawfulBasis;
import org.lowshire.portal.lawfulbasis.ProcessingCondition;
import org.lowshire.portal.person.Gender;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.person.PersonDetails;
import org.lowshire.portal.request.deadline.Urgency;
import org.lowshire.portal.security.Role;
import org.lowshire.portal.security.UserIdentity;

/** Synthetic people and requests for unit tests of the aggregate. */
final class RequestFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final UserIdentity ALEX =
            new UserIdentity("sub-alex", "csc.practitioner", "Alex Morgan", "CSC", EnumSet.of(Role.PRACTITIONER));
    static final UserIdentity SAM =
            new UserIdentity("sub-sam", "police.practitioner", "Sam Patel", "POLICE", EnumSet.of(Role.PRACTITIONER));
    static final UserIdentity DANA =
            new UserIdentity("sub-dana", "police.lead", "Dana Hughes", "POLICE", EnumSet.of(Role.AGENCY_LEAD));

    private RequestFixtures() {}

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
                        false,
                        "1 Synthetic Row, Lowtown",
                        "9434765919",
                        null,
                        null),
                "CSC",
                NOW);
    }

    static RequestDetails completeDetails() {
        return new RequestDetails(
                ConcernType.CSA_EXTRA_FAMILIAL,
                null,
                PreventionLevel.SECONDARY,
                "Decide whether a strategy discussion is needed",
                SharingPurpose.CHILD_PROTECTION_ENQUIRY,
                Urgency.URGENT,
                "Wants to stay at school",
                "Spoken with at school by the social worker",
                null,
                Set.of(Vulnerability.DISABILITY),
                null,
                HandlingMarking.OFFICIAL,
                new LawfulBasis(
                        Set.of(Article6Basis.PUBLIC_TASK),
                        ProcessingCondition.SCH1_PARA18_SAFEGUARDING,
                        "Children Act 1989 s47 enquiries"));
    }

    /** A draft from CSC to POLICE with one child and two questions, ready to submit. */
    static InformationRequest readyDraft() {
        var r = InformationRequest.draft(ALEX, "ISR-2026-000001", NOW);
        r.updateDetails(completeDetails(), NOW);
        r.setRecipients(List.of("POLICE"), NOW);
        r.addSubject(child(), SubjectRole.CHILD_AT_RISK, NOW);
        r.setQuestions(List.of("Any police contact with the household?", "Any intelligence on the adult named?"), NOW);
        return r;
    }

    static InformationRequest submitted() {
        var r = readyDraft();
        r.submit(ALEX, Sector.CHILDRENS_SOCIAL_CARE, u -> NOW.plusSeconds(86_400), NOW);
        return r;
    }

    static DecisionRecord shareDecision() {
        return new DecisionRecord(
                "Risk of significant harm outweighs confidentiality",
                "Two call-outs in 2025",
                Set.of(DataCategory.POLICE_CRIMINAL),
                "Needed for the s47 strategy discussion; only dates and nature released",
                new LawfulBasis(
                        Set.of(Article6Basis.PUBLIC_TASK),
                        ProcessingCondition.SCH8_PARA4_SAFEGUARDING,
                        "Safeguarding a child at risk"),
                new ConsentDecision(
                        DecisionRecord.ConsentPosition.WITHOUT_CONSENT,
                        Set.of(WithoutConsentGround.INCREASE_RISK),
                        "Seeking consent would increase the risk to the child"),
                DecisionRecord.Informed.NO,
                "Telling the family would prejudice the enquiry",
                "Not known",
                "DSL consulted",
                "Witness details removed",
                "Not to be shared further without police agreement",
                HandlingMarking.OFFICIAL_SENSITIVE);
    }

    static Map<Integer, String> noAnswers() {
        return Map.of();
    }
}
