package org.lowshire.portal.audit.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.lowshire.portal.shared.BusinessException;
import org.lowshire.portal.shared.TextLimits;

/** An unusual-access alert; an IG officer acknowledges it with a note saying what they found. */
@Entity
@Table(name = "audit_alert")
public class Alert {

    public static final int NOTE_MAX = TextLimits.LONG_TEXT;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AlertRule rule;

    @Column(name = "actor_username", updatable = false)
    private String username;

    @Column(name = "actor_agency", updatable = false)
    private String agency;

    @Column(name = "window_start", nullable = false, updatable = false)
    private Instant windowStart;

    @Column(name = "window_end", nullable = false, updatable = false)
    private Instant windowEnd;

    @Column(name = "event_count", nullable = false, updatable = false)
    private int eventCount;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(nullable = false)
    private String status;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    private String note;

    @Version
    private long version;

    protected Alert() {
        // for JPA
    }

    /** Closes the alert with the reviewer's finding; a note is required and an alert is acknowledged once. */
    public void acknowledge(String by, String reviewNote, Instant at) {
        if (!"OPEN".equals(status)) {
            throw new BusinessException("alert.error.alreadyAcknowledged");
        }
        if (reviewNote == null || reviewNote.isBlank()) {
            throw new BusinessException("alert.error.noteRequired");
        }
        if (reviewNote.length() > NOTE_MAX) {
            throw new BusinessException("alert.error.noteTooLong");
        }
        this.status = "ACKNOWLEDGED";
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
        this.note = reviewNote.strip();
    }

    public Long getId() {
        return id;
    }

    public AlertRule getRule() {
        return rule;
    }

    public String getUsername() {
        return username;
    }

    public String getAgency() {
        return agency;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public Instant getWindowEnd() {
        return windowEnd;
    }

    public int getEventCount() {
        return eventCount;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getStatus() {
        return status;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getNote() {
        return note;
    }
}
