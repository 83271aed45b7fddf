package org.lowshire.portal.consent;

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
import org.lowshire.portal.security.UserIdentity;

/** One step of a consent's status history. Never changed once written (the database refuses it too). */
@Entity
@Table(name = "consent_status_entry")
public class ConsentStatusEntry implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consent_id")
    private Consent consent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentStatus status;

    @Column(nullable = false)
    private LocalDate statusOn;

    private String note;

    @Column(nullable = false)
    private String recordedBySubject;

    @Column(nullable = false)
    private String recordedByName;

    @Column(nullable = false)
    private Instant recordedAt;

    protected ConsentStatusEntry() {
        // for JPA
    }

    ConsentStatusEntry(Consent consent, ConsentStatus status, LocalDate on, String note, UserIdentity by, Instant now) {
        this.consent = consent;
        this.status = status;
        this.statusOn = on;
        this.note = note;
        this.recordedBySubject = by.subject();
        this.recordedByName = by.displayName();
        this.recordedAt = now;
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public LocalDate getStatusOn() {
        return statusOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
