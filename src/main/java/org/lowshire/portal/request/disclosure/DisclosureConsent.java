package org.lowshire.portal.request.disclosure;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.lowshire.portal.consent.Consent;
import org.lowshire.portal.person.Person;
import org.lowshire.portal.request.AgencyResponse;

/**
 * Which consent a disclosure relied on for one of the people it is about; none means it was shared without consent.
 * Written with the response and never changed, so a withdrawal finds every disclosure that relied on the consent.
 */
@Entity
@Table(name = "disclosure_consent")
public class DisclosureConsent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", updatable = false)
    private AgencyResponse response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consent_id", updatable = false)
    private Consent consent;

    protected DisclosureConsent() {
        // for JPA
    }

    public DisclosureConsent(AgencyResponse response, Person person, Consent consent) {
        this.response = response;
        this.person = person;
        this.consent = consent;
    }

    public AgencyResponse getResponse() {
        return response;
    }

    public Person getPerson() {
        return person;
    }

    public Consent getConsent() {
        return consent;
    }
}
