package org.lowshire.portal.request;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.lowshire.portal.agency.Sector;
import org.lowshire.portal.consent.SharingPurpose;
import org.lowshire.portal.lawfulbasis.LawfulBasis;
import org.lowshire.portal.request.deadline.Urgency;
import org.lowshire.portal.shared.BusinessException;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.TextInput;
import org.lowshire.portal.shared.TextLimits;

/**
 * The answers a requester gives about the concern, as typed. A draft keeps whatever is there (only lengths are
 * checked); {@link #missing} is the gate to submission and names every missing answer with its field.
 */
public record RequestDetails(
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
        LawfulBasis lawfulBasis)
        implements Serializable {

    public static final int LONG_TEXT = TextLimits.LONG_TEXT;

    public RequestDetails {
        purpose = TextInput.optional(purpose);
        childViews = TextInput.optional(childViews);
        viewsHowObtained = TextInput.optional(viewsHowObtained);
        viewsNotObtained = TextInput.optional(viewsNotObtained);
        identitiesToProtect = TextInput.optional(identitiesToProtect);
        vulnerabilities = vulnerabilities == null || vulnerabilities.isEmpty()
                ? EnumSet.noneOf(Vulnerability.class)
                : EnumSet.copyOf(vulnerabilities);
        marking = marking == null ? HandlingMarking.OFFICIAL : marking;
        lawfulBasis = lawfulBasis == null ? LawfulBasis.none() : lawfulBasis;
    }

    public static RequestDetails empty() {
        return new RequestDetails(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Lengths only: a draft may be incomplete but never oversized. */
    public void checkLengths() {
        var c = new InvalidInput.Collector();
        c.check(fits(purpose, LONG_TEXT), "purpose", "request.error.tooLong");
        c.check(fits(childViews, LONG_TEXT), "childViews", "request.error.tooLong");
        c.check(fits(viewsHowObtained, TextLimits.SHORT_TEXT), "viewsHowObtained", "request.error.tooLong");
        c.check(fits(viewsNotObtained, TextLimits.SHORT_TEXT), "viewsNotObtained", "request.error.tooLong");
        c.check(fits(identitiesToProtect, TextLimits.TEXT), "identitiesToProtect", "request.error.tooLong");
        c.check(
                fits(lawfulBasis.getJustification(), LawfulBasis.JUSTIFICATION_MAX),
                "justification",
                "request.error.tooLong");
        c.throwIfAny();
    }

    /** Lengths first (refused outright), then every answer still missing before sending, by field. */
    public java.util.Map<String, String> missing(Sector requesterSector) {
        checkLengths();
        var c = new InvalidInput.Collector();
        c.check(concernType != null, "concernType", "request.error.concernMissing");
        c.check(concernType != ConcernType.HSB || hsbPosition != null, "hsbPosition", "request.error.hsbMissing");
        c.check(preventionLevel != null, "preventionLevel", "request.error.preventionMissing");
        c.check(purpose != null, "purpose", "request.error.purposeMissing");
        c.check(purposeCategory != null, "purposeCategory", "request.error.purposeCategoryMissing");
        c.check(urgency != null, "urgency", "request.error.urgencyMissing");
        c.check(childViews != null || viewsNotObtained != null, "childViews", "request.error.voiceMissing");
        c.check(childViews == null || viewsHowObtained != null, "viewsHowObtained", "request.error.howMissing");
        try {
            lawfulBasis.check(requesterSector);
        } catch (BusinessException e) {
            c.check(
                    false,
                    e.messageKey().contains("condition")
                            ? "condition"
                            : e.messageKey().contains("justification") ? "justification" : "art6",
                    e.messageKey());
        }
        return c.errors();
    }

    private static boolean fits(String s, int max) {
        return s == null || s.length() <= max;
    }
}
