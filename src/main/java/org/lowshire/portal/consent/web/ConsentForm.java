package org.lowshire.portal.consent.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.lowshire.portal.consent.CompetenceOutcome;
import org.lowshire.portal.consent.Consent;
import org.lowshire.portal.consent.ConsentDetails;
import org.lowshire.portal.consent.ConsentKind;
import org.lowshire.portal.consent.ConsentMethod;
import org.lowshire.portal.consent.ConsentScope;
import org.lowshire.portal.consent.ConsentStatus;
import org.lowshire.portal.consent.DataCategory;
import org.lowshire.portal.consent.GivenBy;
import org.lowshire.portal.consent.SharingPurpose;
import org.lowshire.portal.platform.web.DateParts;
import org.lowshire.portal.shared.InvalidInput;

/** The "record consent" form as typed: kept whole across refusals, turned into {@link ConsentDetails} on save. */
public class ConsentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String editing;
    private long version;
    private ConsentKind kind = ConsentKind.DATA_PROTECTION;
    private ConsentStatus status;
    private DateParts statusOn = new DateParts();
    private GivenBy givenBy;
    private String giverName;
    private String giverRelationship;
    private String assessedBy;
    private DateParts assessedOn = new DateParts();
    private CompetenceOutcome competence;
    private String competenceNotes;
    private List<SharingPurpose> purposes = new ArrayList<>();
    private boolean allAgencies;
    private List<String> agencies = new ArrayList<>();
    private List<DataCategory> categories = new ArrayList<>();
    private ConsentMethod method;
    private String documentReference;
    private DateParts expiresOn = new DateParts();
    private String notSoughtReason;
    private String verifiedBy;
    private DateParts verifiedOn = new DateParts();

    /** A form filled from a recorded consent, to correct it or record the answer to one that was sought. */
    static ConsentForm of(Consent c) {
        var f = new ConsentForm();
        var d = c.details();
        f.editing = c.getUuid();
        f.version = c.getVersion();
        f.kind = d.kind();
        f.status = d.status();
        f.statusOn = DateParts.of(d.statusOn());
        f.givenBy = d.givenBy();
        f.giverName = d.giverName();
        f.giverRelationship = d.giverRelationship();
        f.assessedBy = d.competence().assessedBy();
        f.assessedOn = DateParts.of(d.competence().assessedOn());
        f.competence = d.competence().outcome();
        f.competenceNotes = d.competence().notes();
        f.purposes = new ArrayList<>(d.scope().getPurposes());
        f.allAgencies = d.scope().isAllAgencies();
        f.agencies = new ArrayList<>(d.scope().getAgencies());
        f.categories = new ArrayList<>(d.scope().getCategories());
        f.method = d.method();
        f.documentReference = d.documentReference();
        f.expiresOn = DateParts.of(d.expiresOn());
        f.notSoughtReason = d.notSoughtReason();
        f.verifiedBy = d.verifiedBy();
        f.verifiedOn = DateParts.of(d.verifiedOn());
        return f;
    }

    /** Every date that does not exist is named together; then the details for the service to check. */
    ConsentDetails details() {
        var c = new InvalidInput.Collector();
        LocalDate on = date(statusOn, "statusOn", c);
        LocalDate assessed = date(assessedOn, "competence", c);
        LocalDate expires = date(expiresOn, "expiresOn", c);
        LocalDate verified = date(verifiedOn, "verifiedOn", c);
        c.throwIfAny();
        return new ConsentDetails(
                kind,
                status,
                on,
                givenBy,
                giverName,
                giverRelationship,
                new ConsentDetails.Competence(assessedBy, assessed, competence, competenceNotes),
                new ConsentScope(
                        purposes.isEmpty() ? null : EnumSet.copyOf(purposes),
                        allAgencies,
                        new HashSet<>(agencies),
                        categories.isEmpty() ? null : EnumSet.copyOf(categories)),
                method,
                documentReference,
                expires,
                notSoughtReason,
                verifiedBy,
                verified);
    }

    private static LocalDate date(DateParts parts, String field, InvalidInput.Collector c) {
        try {
            return parts.toDate(field);
        } catch (InvalidInput e) {
            e.fieldErrors().forEach((f, key) -> c.check(false, f, key));
            return null;
        }
    }

    static Map<String, String> fieldIds(String form) {
        return Map.ofEntries(
                Map.entry("kind", form + ":kind"),
                Map.entry("status", form + ":status"),
                Map.entry("statusOn", form + ":statusOnDay"),
                Map.entry("givenBy", form + ":givenBy"),
                Map.entry("giverName", form + ":giverName"),
                Map.entry("giverRelationship", form + ":giverRelationship"),
                Map.entry("competence", form + ":assessedBy"),
                Map.entry("competenceAssessedBy", form + ":assessedBy"),
                Map.entry("competenceNotes", form + ":competenceNotes"),
                Map.entry("documentReference", form + ":documentReference"),
                Map.entry("verifiedBy", form + ":verifiedBy"),
                Map.entry("purposes", form + ":purposes"),
                Map.entry("agencies", form + ":agencies"),
                Map.entry("categories", form + ":categories"),
                Map.entry("method", form + ":method"),
                Map.entry("expiresOn", form + ":expiresOnDay"),
                Map.entry("notSoughtReason", form + ":notSoughtReason"),
                Map.entry("verifiedOn", form + ":verifiedOnDay"),
                Map.entry("version", form + ":kind"));
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditing() {
        return editing;
    }

    public long getVersion() {
        return version;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public void setKind(ConsentKind v) {
        kind = v;
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public void setStatus(ConsentStatus v) {
        status = v;
    }

    public DateParts getStatusOn() {
        return statusOn;
    }

    public GivenBy getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(GivenBy v) {
        givenBy = v;
    }

    public String getGiverName() {
        return giverName;
    }

    public void setGiverName(String v) {
        giverName = v;
    }

    public String getGiverRelationship() {
        return giverRelationship;
    }

    public void setGiverRelationship(String v) {
        giverRelationship = v;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public void setAssessedBy(String v) {
        assessedBy = v;
    }

    public DateParts getAssessedOn() {
        return assessedOn;
    }

    public CompetenceOutcome getCompetence() {
        return competence;
    }

    public void setCompetence(CompetenceOutcome v) {
        competence = v;
    }

    public String getCompetenceNotes() {
        return competenceNotes;
    }

    public void setCompetenceNotes(String v) {
        competenceNotes = v;
    }

    public List<SharingPurpose> getPurposes() {
        return purposes;
    }

    public void setPurposes(List<SharingPurpose> v) {
        purposes = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public boolean isAllAgencies() {
        return allAgencies;
    }

    public void setAllAgencies(boolean v) {
        allAgencies = v;
    }

    public List<String> getAgencies() {
        return agencies;
    }

    public void setAgencies(List<String> v) {
        agencies = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public List<DataCategory> getCategories() {
        return categories;
    }

    public void setCategories(List<DataCategory> v) {
        categories = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public ConsentMethod getMethod() {
        return method;
    }

    public void setMethod(ConsentMethod v) {
        method = v;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(String v) {
        documentReference = v;
    }

    public DateParts getExpiresOn() {
        return expiresOn;
    }

    public String getNotSoughtReason() {
        return notSoughtReason;
    }

    public void setNotSoughtReason(String v) {
        notSoughtReason = v;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public void setVerifiedBy(String v) {
        verifiedBy = v;
    }

    public DateParts getVerifiedOn() {
        return verifiedOn;
    }
}
