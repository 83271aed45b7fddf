package org.lowshire.portal.lawfulbasis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.lowshire.portal.agency.Sector;
import org.lowshire.portal.shared.BusinessException;
import org.lowshire.portal.shared.TextLimits;

/**
 * The lawful basis a request or a disclosure relies on: one or more Article 6 bases, the Article 9 / Schedule 8
 * condition, and the justification in the practitioner's words, which is mandatory.
 */
@Embeddable
public class LawfulBasis implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int JUSTIFICATION_MAX = TextLimits.LONG_TEXT;

    /** Comma-separated {@link Article6Basis} names, kept in one column so the set is one field in the history. */
    @Column(name = "art6_bases", length = 200)
    private String article6;

    @Enumerated(EnumType.STRING)
    @Column(name = "processing_condition", length = 40)
    private ProcessingCondition condition;

    @Column(name = "lawful_basis_justification", length = JUSTIFICATION_MAX)
    @Size(max = JUSTIFICATION_MAX)
    private String justification;

    protected LawfulBasis() {
        // for JPA
    }

    public LawfulBasis(Set<Article6Basis> bases, ProcessingCondition condition, String justification) {
        this.article6 = bases == null || bases.isEmpty()
                ? null
                : bases.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.condition = condition;
        this.justification = org.lowshire.portal.shared.TextInput.optional(justification);
    }

    public static LawfulBasis none() {
        return new LawfulBasis(Set.of(), null, null);
    }

    public Set<Article6Basis> getBases() {
        Set<Article6Basis> out = EnumSet.noneOf(Article6Basis.class);
        if (article6 != null && !article6.isBlank()) {
            Arrays.stream(article6.split(",")).map(Article6Basis::valueOf).forEach(out::add);
        }
        return out;
    }

    public ProcessingCondition getCondition() {
        return condition;
    }

    public String getJustification() {
        return justification;
    }

    /** Consent is rarely the right basis for safeguarding sharing: the page warns and IG reviews it. */
    public boolean reliesOnConsent() {
        return getBases().contains(Article6Basis.CONSENT);
    }

    public boolean isComplete() {
        return !getBases().isEmpty() && condition != null && justification != null;
    }

    /**
     * Refuses a basis the acting agency's sector may not use, or one without a basis, a condition or a justification.
     * The first problem found is named, with the field it belongs to.
     */
    public void check(Sector sector) {
        if (getBases().isEmpty()) {
            throw new BusinessException("lawfulBasis.error.art6Missing");
        }
        if (getBases().stream().anyMatch(b -> !b.openTo(sector))) {
            throw new BusinessException("lawfulBasis.error.art6NotForSector");
        }
        if (condition == null) {
            throw new BusinessException("lawfulBasis.error.conditionMissing");
        }
        if (!condition.openTo(sector)) {
            throw new BusinessException("lawfulBasis.error.conditionNotForSector");
        }
        if (justification == null) {
            throw new BusinessException("lawfulBasis.error.justificationMissing");
        }
        if (justification.length() > JUSTIFICATION_MAX) {
            throw new BusinessException("lawfulBasis.error.justificationTooLong");
        }
    }
}
