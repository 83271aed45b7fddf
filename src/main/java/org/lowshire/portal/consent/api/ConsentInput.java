package org.lowshire.portal.consent.api;

import java.time.LocalDate;
import java.util.Set;
import org.lowshire.portal.consent.CompetenceOutcome;
import org.lowshire.portal.consent.ConsentDetails;
import org.lowshire.portal.consent.ConsentKind;
import org.lowshire.portal.consent.ConsentMethod;
import org.lowshire.portal.consent.ConsentScope;
import org.lowshire.portal.consent.ConsentStatus;
import org.lowshire.portal.consent.DataCategory;
import org.lowshire.portal.consent.GivenBy;
import org.lowshire.portal.consent.SharingPurpose;

/** A consent as JSON: the same answers the person page asks for. */
public record ConsentInput(
        long version,
        ConsentKind kind,
        ConsentStatus status,
        LocalDate statusOn,
        GivenBy givenBy,
        String giverName,
        String giverRelationship,
        String competenceAssessedBy,
        LocalDate competenceAssessedOn,
        CompetenceOutcome competence,
        String competenceNotes,
        Set<SharingPurpose> purposes,
        boolean allAgencies,
        Set<String> agencies,
        Set<DataCategory> categories,
        ConsentMethod method,
        String documentReference,
        LocalDate expiresOn,
        String notSoughtReason,
        String verifiedBy,
        LocalDate verifiedOn) {

    ConsentDetails details() {
        return new ConsentDetails(
                kind,
                status,
                statusOn,
                givenBy,
                giverName,
                giverRelationship,
                new ConsentDetails.Competence(competenceAssessedBy, competenceAssessedOn, competence, competenceNotes),
                new ConsentScope(purposes, allAgencies, agencies, categories),
                method,
                documentReference,
                expiresOn,
                notSoughtReason,
                verifiedBy,
                verifiedOn);
    }
}
