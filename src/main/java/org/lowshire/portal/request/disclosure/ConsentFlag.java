package org.lowshire.portal.request.disclosure;

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
import org.lowshire.portal.consent.Consent;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.request.InformationRequest;

/**
 * Raised on an open request when consent of one of its people is withdrawn: the practitioners involved are told,
 * and any further sharing must be justified without it. {@code reliedOn} counts the request's disclosures that had
 * relied on the consent.
 */
@Entity
@Table(name = "consent_flag")
public class ConsentFlag implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private InformationRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consent_id", updatable = false)
    private Consent consent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Column(nullable = false, updatable = false)
    private int reliedOn;

    @Column(nullable = false, updatable = false)
    private Instant raisedAt;

    protected ConsentFlag() {
        // for JPA
    }

    ConsentFlag(InformationRequest request, Consent consent, Person person, int reliedOn, Instant now) {
        this.request = request;
        this.consent = consent;
        this.person = person;
        this.reliedOn = reliedOn;
        this.raisedAt = now;
    }

    public Long getId() {
        return id;
    }

    public InformationRequest getRequest() {
        return request;
    }

    public Consent getConsent() {
        return consent;
    }

    public Person getPerson() {
        return person;
    }

    public int getReliedOn() {
        return reliedOn;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }
}
