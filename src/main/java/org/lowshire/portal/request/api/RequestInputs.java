package org.lowshire.portal.request.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lowshire.portal.consent.DataCategory;
import org.lowshire.portal.consent.SharingPurpose;
import org.lowshire.portal.consent.WithoutConsentGround;
import org.lowshire.portal.lawfulbasis.Article6Basis;
import org.lowshire.portal.lawfulbasis.LawfulBasis;
import org.lowshire.portal.lawfulbasis.ProcessingCondition;
import org.lowshire.portal.person.Gender;
import org.lowshire.portal.person.LinkReason;
import org.lowshire.portal.person.PersonDetails;
import org.lowshire.portal.request.ConcernType;
import org.lowshire.portal.request.ConsentDecision;
import org.lowshire.portal.request.DecisionRecord;
import org.lowshire.portal.request.HandlingMarking;
import org.lowshire.portal.request.HsbPosition;
import org.lowshire.portal.request.PreventionLevel;
import org.lowshire.portal.request.RequestDetails;
import org.lowshire.portal.request.ResponseOutcome;
import org.lowshire.portal.request.SubjectRole;
import org.lowshire.portal.request.Vulnerability;
import org.lowshire.portal.request.deadline.Urgency;

/** The JSON bodies the request API accepts; each turns into the domain's own input type. */
public final class RequestInputs {

    private RequestInputs() {}

    public record Draft(
            long version,
            ConcernType concernType,
            HsbPosition hsbPosition,
            PreventionLevel preventionLevel,
            String purpose,
            SharingPurpose purposeCategory,
            Urgency urgency,
            String childViews,
            String viewsHowObtained,
            String viewsNotObtained,
            Set<Vulnerability> vulnerabilities,
            String identitiesToProtect,
            HandlingMarking marking,
            Set<Article6Basis> art6,
            ProcessingCondition condition,
            String justification,
            List<String> recipients,
            List<String> questions) {

        RequestDetails details() {
            return new RequestDetails(
                    concernType,
                    hsbPosition,
                    preventionLevel,
                    purpose,
                    purposeCategory,
                    urgency,
                    childViews,
                    viewsHowObtained,
                    viewsNotObtained,
                    vulnerabilities,
                    identitiesToProtect,
                    marking,
                    new LawfulBasis(art6, condition, justification));
        }
    }

    /**
     * A person to add: a new record from these details, or, with {@code link}, the existing record these
     * identifiers match (NHS number and date of birth, or full name, date of birth and a postcode in the address).
     */
    public record Subject(
            SubjectRole role,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            boolean unborn,
            Gender gender,
            String nhsNumber,
            String address,
            LinkReason link) {

        PersonDetails details() {
            return new PersonDetails(
                    givenName,
                    familyName,
                    null,
                    dateOfBirth,
                    unborn,
                    gender,
                    null,
                    null,
                    address,
                    nhsNumber,
                    null,
                    null);
        }
    }

    public record Versioned(long version, String text) {}

    public record Response(
            long version,
            ResponseOutcome outcome,
            Map<Integer, String> answers,
            String reasons,
            String whatReleased,
            Set<DataCategory> dataCategories,
            String necessity,
            Set<Article6Basis> art6,
            ProcessingCondition condition,
            String justification,
            DecisionRecord.ConsentPosition consent,
            Set<WithoutConsentGround> withoutConsentGrounds,
            String withoutConsentReason,
            DecisionRecord.Informed informed,
            String notInformedReason,
            String views,
            String advice,
            String redactions,
            String onwardConditions,
            HandlingMarking marking) {

        DecisionRecord decision() {
            return new DecisionRecord(
                    reasons,
                    whatReleased,
                    dataCategories,
                    necessity,
                    new LawfulBasis(art6, condition, justification),
                    new ConsentDecision(consent, withoutConsentGrounds, withoutConsentReason),
                    informed,
                    notInformedReason,
                    views,
                    advice,
                    redactions,
                    onwardConditions,
                    marking);
        }
    }
}
