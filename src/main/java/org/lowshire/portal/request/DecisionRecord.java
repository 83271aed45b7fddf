package org.lowshire.portal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.lowshire.portal.agency.Sector;
import org.lowshire.portal.consent.DataCategoriesColumn;
import org.lowshire.portal.consent.DataCategory;
import org.lowshire.portal.lawfulbasis.LawfulBasis;
import org.lowshire.portal.shared.BusinessException;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.TextInput;
import org.lowshire.portal.shared.TextLimits;

/**
 * The sharing-decision record (domain brief §5), kept whether or not anything is shared: reasons either way; what
 * is released, why it is necessary and proportionate, on what lawful basis; with or without consent and why; whether
 * the person was told and if not why; the child's and family's views; advice sought; identities protected and
 * redactions; handling marking and the conditions placed on onward sharing.
 */
@Embeddable
public class DecisionRecord implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = TextLimits.DECISION_TEXT;

    public enum ConsentPosition {
        WITH_CONSENT,
        WITHOUT_CONSENT
    }

    public enum Informed {
        YES,
        NO,
        DEFERRED
    }

    @Column(nullable = false, length = TEXT_MAX)
    @Size(max = TextLimits.DECISION_TEXT)
    private String reasons;

    @Column(length = TEXT_MAX)
    @Size(max = TextLimits.DECISION_TEXT)
    private String whatReleased;

    @Column(length = TEXT_MAX)
    @Size(max = TextLimits.DECISION_TEXT)
    private String necessity;

    @Embedded
    @Valid
    private LawfulBasis lawfulBasis;

    @Convert(converter = DataCategoriesColumn.class)
    @Column(name = "data_categories")
    private Set<DataCategory> dataCategories = EnumSet.noneOf(DataCategory.class);

    @Embedded
    @Valid
    private ConsentDecision consent;

    @Enumerated(EnumType.STRING)
    private Informed personInformed;

    @Size(max = TextLimits.TEXT)
    private String notInformedReason;

    @Size(max = TextLimits.LONG_TEXT)
    private String viewsOfChildFamily;

    @Size(max = TextLimits.TEXT)
    private String adviceSought;

    @Size(max = TextLimits.LONG_TEXT)
    private String redactions;

    @Size(max = TextLimits.LONG_TEXT)
    private String onwardConditions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HandlingMarking marking;

    protected DecisionRecord() {
        // for JPA
    }

    @SuppressWarnings("java:S107")
    public DecisionRecord(
            String reasons,
            String whatReleased,
            Set<DataCategory> dataCategories,
            String necessity,
            LawfulBasis lawfulBasis,
            ConsentDecision consent,
            Informed personInformed,
            String notInformedReason,
            String viewsOfChildFamily,
            String adviceSought,
            String redactions,
            String onwardConditions,
            HandlingMarking marking) {
        this.reasons = TextInput.optional(reasons);
        this.whatReleased = TextInput.optional(whatReleased);
        this.necessity = TextInput.optional(necessity);
        this.lawfulBasis = lawfulBasis == null ? LawfulBasis.none() : lawfulBasis;
        this.dataCategories = dataCategories == null || dataCategories.isEmpty()
                ? EnumSet.noneOf(DataCategory.class)
                : EnumSet.copyOf(dataCategories);
        this.consent = consent == null ? ConsentDecision.none() : consent;
        this.personInformed = personInformed;
        this.notInformedReason = TextInput.optional(notInformedReason);
        this.viewsOfChildFamily = TextInput.optional(viewsOfChildFamily);
        this.adviceSought = TextInput.optional(adviceSought);
        this.redactions = TextInput.optional(redactions);
        this.onwardConditions = TextInput.optional(onwardConditions);
        this.marking = marking == null ? HandlingMarking.OFFICIAL : marking;
    }

    /** Every missing or contradictory part, named by field. Declining needs reasons only, never less. */
    void check(ResponseOutcome outcome, Sector responderSector) {
        var c = new InvalidInput.Collector();
        c.check(reasons != null, "reasons", "decision.error.reasonsMissing");
        TextLimits.check(c, "reasons", reasons, TEXT_MAX);
        TextLimits.check(c, "whatReleased", whatReleased, TEXT_MAX);
        TextLimits.check(c, "necessity", necessity, TEXT_MAX);
        TextLimits.check(c, "notInformedReason", notInformedReason, TextLimits.TEXT);
        TextLimits.check(c, "views", viewsOfChildFamily, TextLimits.LONG_TEXT);
        TextLimits.check(c, "advice", adviceSought, TextLimits.TEXT);
        TextLimits.check(c, "redactions", redactions, TextLimits.LONG_TEXT);
        TextLimits.check(c, "onwardConditions", onwardConditions, TextLimits.LONG_TEXT);
        TextLimits.check(c, "justification", lawfulBasis.getJustification(), LawfulBasis.JUSTIFICATION_MAX);
        if (outcome.releases()) {
            c.check(whatReleased != null, "whatReleased", "decision.error.whatMissing");
            c.check(necessity != null, "necessity", "decision.error.necessityMissing");
            c.check(!dataCategories.isEmpty(), "dataCategories", "decision.error.dataMissing");
            consent.check(c);
            c.check(personInformed != null, "personInformed", "decision.error.informedMissing");
            c.check(
                    personInformed == null || personInformed == Informed.YES || notInformedReason != null,
                    "notInformedReason",
                    "decision.error.notInformedReasonMissing");
            c.check(
                    outcome != ResponseOutcome.SHARE_IN_PART || redactions != null,
                    "redactions",
                    "decision.error.redactionsMissing");
            try {
                lawfulBasis.check(responderSector);
            } catch (BusinessException e) {
                c.check(
                        false,
                        e.messageKey().contains("justification") ? "justification" : "decisionArt6",
                        e.messageKey());
            }
        }
        c.throwIfAny();
    }

    public String getReasons() {
        return reasons;
    }

    public String getWhatReleased() {
        return whatReleased;
    }

    public String getNecessity() {
        return necessity;
    }

    public LawfulBasis getLawfulBasis() {
        return lawfulBasis;
    }

    /** Settles consent against the people's recorded consents, before {@link #check}. */
    public void settleConsent(boolean covered) {
        consent.settle(covered);
    }

    public Set<DataCategory> getDataCategories() {
        return dataCategories == null || dataCategories.isEmpty()
                ? EnumSet.noneOf(DataCategory.class)
                : EnumSet.copyOf(dataCategories);
    }

    public ConsentDecision getConsent() {
        return consent == null ? ConsentDecision.none() : consent;
    }

    public ConsentPosition getConsentPosition() {
        return getConsent().getPosition();
    }

    public String getWithoutConsentReason() {
        return getConsent().getReasoning();
    }

    public Informed getPersonInformed() {
        return personInformed;
    }

    public String getNotInformedReason() {
        return notInformedReason;
    }

    public String getViewsOfChildFamily() {
        return viewsOfChildFamily;
    }

    public String getAdviceSought() {
        return adviceSought;
    }

    public String getRedactions() {
        return redactions;
    }

    public String getOnwardConditions() {
        return onwardConditions;
    }

    public HandlingMarking getMarking() {
        return marking;
    }
}
