package org.lowshire.portal.request.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.lowshire.portal.request.AgencyResponse;
import org.lowshire.portal.request.InformationRequest;
import org.lowshire.portal.security.UserIdentity;
import org.lowshire.portal.shared.InvalidInput;
import org.lowshire.portal.shared.TextLimits;

/**
 * "Was the person told who receives what and why?" answered "deferred": a to-do for the disclosing agency until
 * someone records that the person was told, or that they will not be (with the reason).
 */
@Entity
@Table(name = "transparency_task")
public class TransparencyTask implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NOTE_MAX = TextLimits.TEXT;

    public enum Resolution {
        INFORMED,
        NOT_INFORMED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", updatable = false)
    private AgencyResponse response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private InformationRequest request;

    @Column(nullable = false, updatable = false)
    private String agencyCode;

    private String deferredReason;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private Resolution resolution;

    private String resolutionNote;
    private LocalDate resolvedOn;
    private String resolvedBySubject;
    private String resolvedByName;
    private Instant resolvedAt;

    protected TransparencyTask() {
        // for JPA
    }

    TransparencyTask(
            AgencyResponse response, InformationRequest request, String agencyCode, String reason, Instant now) {
        this.response = response;
        this.request = request;
        this.agencyCode = agencyCode;
        this.deferredReason = reason;
        this.createdAt = now;
    }

    /** Told, or decided not to tell (a reason is then required); the day may not be in the future. */
    void resolve(Resolution outcome, LocalDate on, String note, UserIdentity by, LocalDate today, Instant now) {
        String text = org.lowshire.portal.shared.TextInput.optional(note);
        var c = new InvalidInput.Collector();
        c.check(resolution == null, "resolution", "transparency.error.alreadyResolved");
        c.check(outcome != null, "resolution", "transparency.error.resolutionMissing");
        c.check(on != null, "resolvedOn", "transparency.error.dateMissing");
        c.check(on == null || !on.isAfter(today), "resolvedOn", "transparency.error.dateInFuture");
        c.check(
                outcome != Resolution.NOT_INFORMED || text != null,
                "resolutionNote",
                "transparency.error.reasonMissing");
        c.check(text == null || text.length() <= NOTE_MAX, "resolutionNote", "transparency.error.tooLong");
        c.throwIfAny();
        resolution = outcome;
        resolvedOn = on;
        resolutionNote = text;
        resolvedBySubject = by.subject();
        resolvedByName = by.displayName();
        resolvedAt = now;
    }

    Map<String, Object> auditDetails() {
        return Map.of("transparency", resolution == null ? "DEFERRED" : resolution.name(), "task", id);
    }

    public Long getId() {
        return id;
    }

    public AgencyResponse getResponse() {
        return response;
    }

    public InformationRequest getRequest() {
        return request;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getDeferredReason() {
        return deferredReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public String getResolvedByName() {
        return resolvedByName;
    }
}
