package org.lowshire.portal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.lowshire.portal.consent.WithoutConsentGround;
import org.lowshire.portal.consent.WithoutConsentGroundsColumn;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.TextLimits;

/**
 * Whether a disclosure relies on recorded consent or goes ahead without it, and then on which grounds and with what
 * proportionality reasoning. The service settles it against the people's recorded consents: consent never blocks a
 * disclosure that safeguarding needs, but sharing without it is always justified.
 */
@Embeddable
public class ConsentDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_position")
    private DecisionRecord.ConsentPosition position;

    @Convert(converter = WithoutConsentGroundsColumn.class)
    @Column(name = "without_consent_grounds")
    private Set<WithoutConsentGround> grounds = EnumSet.noneOf(WithoutConsentGround.class);

    @Column(name = "without_consent_reason", length = TextLimits.LONG_TEXT)
    @Size(max = TextLimits.LONG_TEXT)
    private String reasoning;

    /** Consent was claimed but the recorded consents do not cover this disclosure. */
    @Transient
    private boolean claimedButNotCovered;

    protected ConsentDecision() {
        // for JPA
    }

    public ConsentDecision(
            DecisionRecord.ConsentPosition position, Set<WithoutConsentGround> grounds, String reasoning) {
        this.position = position;
        this.grounds = grounds == null || grounds.isEmpty()
                ? EnumSet.noneOf(WithoutConsentGround.class)
                : EnumSet.copyOf(grounds);
        this.reasoning = org.lowshire.portal.shared.TextInput.optional(reasoning);
    }

    public static ConsentDecision none() {
        return new ConsentDecision(null, null, null);
    }

    /** Grounds given mean sharing without consent; otherwise consent is relied on only where it covers. */
    void settle(boolean covered) {
        if (position == DecisionRecord.ConsentPosition.WITHOUT_CONSENT || !grounds.isEmpty()) {
            position = DecisionRecord.ConsentPosition.WITHOUT_CONSENT;
        } else if (covered) {
            position = DecisionRecord.ConsentPosition.WITH_CONSENT;
        } else {
            claimedButNotCovered = position == DecisionRecord.ConsentPosition.WITH_CONSENT;
            position = null;
        }
    }

    void check(InvalidInput.Collector c) {
        c.check(!claimedButNotCovered, "consentPosition", "decision.error.consentNotCovered");
        c.check(
                claimedButNotCovered || position != null,
                "withoutConsentGrounds",
                "decision.error.notCoveredGroundsMissing");
        if (position == DecisionRecord.ConsentPosition.WITHOUT_CONSENT) {
            c.check(!grounds.isEmpty(), "withoutConsentGrounds", "decision.error.groundsMissing");
            c.check(reasoning != null, "withoutConsentReason", "decision.error.withoutConsentReasonMissing");
        }
        c.check(reasoning == null || reasoning.length() <= 2000, "withoutConsentReason", "decision.error.tooLong");
    }

    public boolean isWithoutConsent() {
        return position == DecisionRecord.ConsentPosition.WITHOUT_CONSENT;
    }

    public DecisionRecord.ConsentPosition getPosition() {
        return position;
    }

    public Set<WithoutConsentGround> getGrounds() {
        return grounds == null || grounds.isEmpty()
                ? EnumSet.noneOf(WithoutConsentGround.class)
                : EnumSet.copyOf(grounds);
    }

    public String getReasoning() {
        return reasoning;
    }
}
