package org.lowshire.portal.consent;

import java.io.Serializable;
import java.time.LocalDate;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.TextInput;
import org.lowshire.portal.shared.TextLimits;

/**
 * A consent as the practitioner records it. {@link #check} names every missing or contradictory answer with its
 * field: an expiry before the consent starts, a child giving consent without a competence assessment (or assessed
 * as not competent), a person with parental responsibility without name or relationship, a given data-protection
 * consent with nothing in scope, a "not sought" with no reason.
 */
public record ConsentDetails(
        ConsentKind kind,
        ConsentStatus status,
        LocalDate statusOn,
        GivenBy givenBy,
        String giverName,
        String giverRelationship,
        Competence competence,
        ConsentScope scope,
        ConsentMethod method,
        String documentReference,
        LocalDate expiresOn,
        String notSoughtReason,
        String verifiedBy,
        LocalDate verifiedOn)
        implements Serializable {

    public static final int TEXT_MAX = TextLimits.TEXT;

    /** Who assessed the child's competence, when, and what they found. */
    public record Competence(String assessedBy, LocalDate assessedOn, CompetenceOutcome outcome, String notes)
            implements Serializable {

        public Competence {
            assessedBy = TextInput.optional(assessedBy);
            notes = TextInput.optional(notes);
        }

        boolean isEmpty() {
            return assessedBy == null && assessedOn == null && outcome == null && notes == null;
        }
    }

    public ConsentDetails {
        giverName = TextInput.optional(giverName);
        giverRelationship = TextInput.optional(giverRelationship);
        documentReference = TextInput.optional(documentReference);
        notSoughtReason = TextInput.optional(notSoughtReason);
        verifiedBy = TextInput.optional(verifiedBy);
        competence = competence == null ? new Competence(null, null, null, null) : competence;
        scope = scope == null ? ConsentScope.empty() : scope;
    }

    public void check(LocalDate today, boolean aboutAChild) {
        var c = new InvalidInput.Collector();
        c.check(kind != null, "kind", "consent.error.kindMissing");
        c.check(status != null, "status", "consent.error.statusMissing");
        c.check(status != ConsentStatus.WITHDRAWN, "status", "consent.error.withdrawnIsAChange");
        c.check(statusOn != null, "statusOn", "consent.error.dateMissing");
        c.check(statusOn == null || !statusOn.isAfter(today), "statusOn", "consent.error.dateInFuture");
        c.check(
                expiresOn == null || statusOn == null || !expiresOn.isBefore(statusOn),
                "expiresOn",
                "consent.error.expiryBeforeStart");
        c.check(
                status != ConsentStatus.NOT_SOUGHT || notSoughtReason != null,
                "notSoughtReason",
                "consent.error.notSoughtReasonMissing");
        boolean answered = status == ConsentStatus.GIVEN || status == ConsentStatus.REFUSED;
        c.check(!answered || givenBy != null, "givenBy", "consent.error.givenByMissing");
        c.check(!answered || method != null, "method", "consent.error.methodMissing");
        c.check(givenBy != GivenBy.CHILD || aboutAChild, "givenBy", "consent.error.notAChild");
        c.check(givenBy != GivenBy.PERSON || !aboutAChild, "givenBy", "consent.error.childMustBeNamed");
        if (givenBy == GivenBy.CHILD) {
            c.check(
                    competence.assessedBy() != null && competence.assessedOn() != null && competence.outcome() != null,
                    "competence",
                    "consent.error.competenceMissing");
            c.check(
                    competence.outcome() != CompetenceOutcome.NOT_COMPETENT,
                    "competence",
                    "consent.error.notCompetent");
        }
        c.check(
                competence.assessedOn() == null || !competence.assessedOn().isAfter(today),
                "competence",
                "consent.error.dateInFuture");
        if (givenBy == GivenBy.PARENTAL_RESPONSIBILITY) {
            c.check(giverName != null, "giverName", "consent.error.giverNameMissing");
            c.check(giverRelationship != null, "giverRelationship", "consent.error.relationshipMissing");
        }
        if (status == ConsentStatus.GIVEN && kind == ConsentKind.DATA_PROTECTION) {
            c.check(!scope.getPurposes().isEmpty(), "purposes", "consent.error.purposesMissing");
            c.check(
                    scope.isAllAgencies() || !scope.getAgencies().isEmpty(),
                    "agencies",
                    "consent.error.agenciesMissing");
            c.check(!scope.getCategories().isEmpty(), "categories", "consent.error.categoriesMissing");
        }
        c.check(verifiedOn == null || !verifiedOn.isAfter(today), "verifiedOn", "consent.error.dateInFuture");
        TextLimits.check(c, "giverName", giverName, TextLimits.LONG_NAME);
        TextLimits.check(c, "giverRelationship", giverRelationship, TextLimits.NAME);
        TextLimits.check(c, "competenceAssessedBy", competence.assessedBy(), TextLimits.LONG_NAME);
        TextLimits.check(c, "competenceNotes", competence.notes(), TextLimits.TEXT);
        TextLimits.check(c, "documentReference", documentReference, TextLimits.LONG_NAME);
        TextLimits.check(c, "notSoughtReason", notSoughtReason, TextLimits.TEXT);
        TextLimits.check(c, "verifiedBy", verifiedBy, TextLimits.LONG_NAME);
        c.throwIfAny();
    }
}
