package org.lowshire.portal.request.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.lowshire.portal.consent.CompetenceOutcome;
import org.lowshire.portal.consent.ConsentKind;
import org.lowshire.portal.consent.ConsentMethod;
import org.lowshire.portal.consent.ConsentStatus;
import org.lowshire.portal.consent.DataCategory;
import org.lowshire.portal.consent.GivenBy;
import org.lowshire.portal.consent.SharingPurpose;
import org.lowshire.portal.consent.WithoutConsentGround;
import org.lowshire.portal.lawfulbasis.Article6Basis;
import org.lowshire.portal.lawfulbasis.ProcessingCondition;
import org.lowshire.portal.person.Gender;
import org.lowshire.portal.request.ConcernType;
import org.lowshire.portal.request.DecisionRecord;
import org.lowshire.portal.request.HandlingMarking;
import org.lowshire.portal.request.HsbPosition;
import org.lowshire.portal.request.PreventionLevel;
import org.lowshire.portal.request.ResponseOutcome;
import org.lowshire.portal.request.SubjectRole;
import org.lowshire.portal.request.Vulnerability;
import org.lowshire.portal.request.deadline.Urgency;

/** The choices request pages offer, in the order the enums declare them. */
@Named
@ApplicationScoped
public class Enums {

    public SubjectRole[] getSubjectRoles() {
        return SubjectRole.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public ConcernType[] getConcernTypes() {
        return ConcernType.values();
    }

    public HsbPosition[] getHsbPositions() {
        return HsbPosition.values();
    }

    public PreventionLevel[] getPreventionLevels() {
        return PreventionLevel.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public Vulnerability[] getVulnerabilities() {
        return Vulnerability.values();
    }

    public HandlingMarking[] getMarkings() {
        return HandlingMarking.values();
    }

    public Article6Basis[] getArticle6Bases() {
        return Article6Basis.values();
    }

    public ProcessingCondition[] getConditions() {
        return ProcessingCondition.values();
    }

    public ResponseOutcome[] getOutcomes() {
        return ResponseOutcome.values();
    }

    public DecisionRecord.ConsentPosition[] getConsentPositions() {
        return DecisionRecord.ConsentPosition.values();
    }

    public DecisionRecord.Informed[] getInformedChoices() {
        return DecisionRecord.Informed.values();
    }

    public SharingPurpose[] getPurposes() {
        return SharingPurpose.values();
    }

    public DataCategory[] getDataCategories() {
        return DataCategory.values();
    }

    public WithoutConsentGround[] getGrounds() {
        return WithoutConsentGround.values();
    }

    public ConsentKind[] getConsentKinds() {
        return ConsentKind.values();
    }

    public ConsentStatus[] getConsentStatuses() {
        return new ConsentStatus[] {
            ConsentStatus.GIVEN, ConsentStatus.SOUGHT, ConsentStatus.REFUSED, ConsentStatus.NOT_SOUGHT
        };
    }

    public GivenBy[] getGivers() {
        return GivenBy.values();
    }

    public ConsentMethod[] getConsentMethods() {
        return ConsentMethod.values();
    }

    public CompetenceOutcome[] getCompetenceOutcomes() {
        return CompetenceOutcome.values();
    }
}
