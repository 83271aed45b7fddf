package org.lowshire.portal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in the story of a request, as its page tells it: what happened, who did it, when. */
@Entity
@Table(name = "request_timeline")
public class TimelineEntry implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private InformationRequest request;

    private String agencyCode;

    @Column(nullable = false)
    private String event;

    @Column(nullable = false)
    private String actorName;

    private String actorAgency;

    @Column(nullable = false)
    private Instant at;

    private String note;

    protected TimelineEntry() {
        // for JPA
    }

    TimelineEntry(
            InformationRequest request,
            String agencyCode,
            String event,
            String actorName,
            String actorAgency,
            Instant at,
            String note) {
        this.request = request;
        this.agencyCode = agencyCode;
        this.event = event;
        this.actorName = actorName;
        this.actorAgency = actorAgency;
        this.at = at;
        this.note = note;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    /** Bundle key suffix: {@code timeline.<event>}. */
    public String getEvent() {
        return event;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorAgency() {
        return actorAgency;
    }

    public Instant getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }
}
