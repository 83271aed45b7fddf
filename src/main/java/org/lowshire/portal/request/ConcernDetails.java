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
import java.util.Set;
import org.lowshire.portal.consent.SharingPurpose;
import org.lowshire.portal.lawfulbasis.LawfulBasis;
import org.lowshire.portal.request.deadline.Urgency;
import org.lowshire.portal.shared.TextLimits;

/**
 * What a request says about the concern, as stored on the request: the kind of abuse, why the information is
 * needed, how urgent it is, the child's voice, vulnerabilities, identities to protect, the handling marking and the
 * requester's lawful basis. Set as a whole from the requester's {@link RequestDetails}; kept in the request's own
 * columns and its field history.
 */
@Embeddable
public class ConcernDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    private ConcernType concernType;

    @Enumerated(EnumType.STRING)
    private HsbPosition hsbPosition;

    @Enumerated(EnumType.STRING)
    private PreventionLevel preventionLevel;

    @Size(max = TextLimits.LONG_TEXT)
    private String purpose;

    @Enumerated(EnumType.STRING)
    private SharingPurpose purposeCategory;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Size(max = TextLimits.LONG_TEXT)
    private String childViews;

    @Size(max = TextLimits.SHORT_TEXT)
    private String viewsHowObtained;

    @Size(max = TextLimits.SHORT_TEXT)
    private String viewsNotObtained;

    @Convert(converter = VulnerabilitiesConverter.class)
    private Set<Vulnerability> vulnerabilities;

    @Size(max = TextLimits.TEXT)
    private String identitiesToProtect;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HandlingMarking marking;

    @Embedded
    @Valid
    private LawfulBasis lawfulBasis;

    protected ConcernDetails() {
        // for JPA
    }

    /** The stored form of what the requester typed; the HSB position only counts for an HSB concern. */
    static ConcernDetails of(RequestDetails d) {
        var c = new ConcernDetails();
        c.concernType = d.concernType();
        c.hsbPosition = d.concernType() == ConcernType.HSB ? d.hsbPosition() : null;
        c.preventionLevel = d.preventionLevel();
        c.purpose = d.purpose();
        c.purposeCategory = d.purposeCategory();
        c.urgency = d.urgency();
        c.childViews = d.childViews();
        c.viewsHowObtained = d.viewsHowObtained();
        c.viewsNotObtained = d.viewsNotObtained();
        c.vulnerabilities = d.vulnerabilities();
        c.identitiesToProtect = d.identitiesToProtect();
        c.marking = d.marking();
        c.lawfulBasis = d.lawfulBasis();
        return c;
    }

    RequestDetails toDetails() {
        return new RequestDetails(
                concernType,
                hsbPosition,
                preventionLevel,
                purpose,
                purposeCategory,
                urgency,
                childViews,
                viewsHowObtained,
                viewsNotObtained,
                vulnerabilities,
                identitiesToProtect,
                marking,
                lawfulBasis);
    }

    public ConcernType getConcernType() {
        return concernType;
    }

    public SharingPurpose getPurposeCategory() {
        return purposeCategory;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public HandlingMarking getMarking() {
        return marking;
    }
}
