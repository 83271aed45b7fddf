package org.lowshire.portal.lawfulbasis;

import java.util.EnumSet;
import java.util.Set;
import org.lowshire.portal.agency.Sector;

/** UK GDPR Article 6(1) bases (domain brief §4.1). Legitimate interests are for the voluntary sector only. */
public enum Article6Basis {
    PUBLIC_TASK,
    LEGAL_OBLIGATION,
    VITAL_INTERESTS,
    LEGITIMATE_INTERESTS,
    RECOGNISED_LEGITIMATE_INTEREST,
    CONSENT;

    /** Public authorities cannot rely on (f) or (ea) for their own tasks. */
    public boolean openTo(Sector sector) {
        return switch (this) {
            case LEGITIMATE_INTERESTS, RECOGNISED_LEGITIMATE_INTEREST -> sector == Sector.VOLUNTARY_SECTOR;
            default -> true;
        };
    }

    public static Set<Article6Basis> openTo(Sector sector, Set<Article6Basis> all) {
        Set<Article6Basis> out = EnumSet.noneOf(Article6Basis.class);
        all.stream().filter(b -> b.openTo(sector)).forEach(out::add);
        return out;
    }

    public String labelKey() {
        return "art6." + name();
    }
}
