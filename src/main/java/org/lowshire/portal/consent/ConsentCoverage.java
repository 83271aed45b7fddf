package org.lowshire.portal.consent;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a person's recorded consents cover a disclosure: the covering consent, or the reason the nearest one
 * falls short (so the responder is told what is missing, e.g. "the consent does not name Lowshire Police"). Pure.
 */
public record ConsentCoverage(Consent consent, CoverageGap gap) {

    public static ConsentCoverage of(List<Consent> consents, Disclosure d) {
        if (consents.isEmpty()) {
            return new ConsentCoverage(null, CoverageGap.NONE_RECORDED);
        }
        ConsentCoverage nearest = null;
        for (Consent c : consents) {
            Optional<CoverageGap> gap = c.gapFor(d);
            if (gap.isEmpty()) {
                return new ConsentCoverage(c, null);
            }
            if (nearest == null || gap.get().compareTo(nearest.gap) > 0) {
                nearest = new ConsentCoverage(c, gap.get());
            }
        }
        return nearest;
    }

    public boolean covered() {
        return gap == null;
    }

    /** The best of several people's results: covered only if each person is. */
    public static Comparator<ConsentCoverage> worstFirst() {
        return Comparator.comparing(c -> c.gap == null ? Integer.MAX_VALUE : c.gap.ordinal());
    }
}
