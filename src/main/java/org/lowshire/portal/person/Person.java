package org.lowshire.portal.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.lowshire.portal.shared.TextLimits;

/**
 * A person a request is about: a child (born or unborn), a parent or carer, an adult of concern. Known to the portal
 * by an opaque uuid; every change is kept field by field (Envers) and every view is audited by the services.
 */
@Entity
@Table(name = "person")
@Audited
public class Person implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 36)
    private String uuid;

    @Size(max = TextLimits.NAME)
    private String givenName;

    @Size(max = TextLimits.NAME)
    private String familyName;

    @Size(max = TextLimits.ADDRESS)
    private String aliases;

    private LocalDate dateOfBirth;
    private boolean unborn;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Size(max = TextLimits.NAME)
    private String ethnicity;

    private Boolean disability;

    @Size(max = TextLimits.ADDRESS)
    private String address;

    private String nhsNumber;

    @Size(max = TextLimits.REFERENCE)
    private String localAuthorityRef;

    @Size(max = TextLimits.REFERENCE)
    private String policeRef;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false, length = 16)
    private String createdByAgency;

    @Version
    private long version;

    protected Person() {
        // for JPA
    }

    public static Person record(PersonDetails details, String agencyCode, Instant now) {
        var p = new Person();
        p.uuid = UUID.randomUUID().toString();
        p.createdAt = now;
        p.createdByAgency = agencyCode;
        p.apply(details);
        return p;
    }

    /** A correction: the old values stay in the field history. */
    public void correct(PersonDetails details) {
        apply(details);
    }

    private void apply(PersonDetails d) {
        givenName = d.givenName();
        familyName = d.familyName();
        aliases = d.aliases();
        dateOfBirth = d.dateOfBirth();
        unborn = d.unborn();
        gender = d.gender();
        ethnicity = d.ethnicity();
        disability = d.disability();
        address = d.address();
        nhsNumber = d.nhsNumber();
        localAuthorityRef = d.localAuthorityRef();
        policeRef = d.policeRef();
    }

    public PersonDetails details() {
        return new PersonDetails(
                givenName,
                familyName,
                aliases,
                dateOfBirth,
                unborn,
                gender,
                ethnicity,
                disability,
                address,
                nhsNumber,
                localAuthorityRef,
                policeRef);
    }

    /** Under 18 on the given day, or not yet born. */
    public boolean isChildOn(LocalDate day) {
        return unborn || dateOfBirth == null || dateOfBirth.plusYears(18).isAfter(day);
    }

    public Long getId() {
        return id;
    }

    public String getUuid() {
        return uuid;
    }

    public String getDisplayName() {
        String name = details().displayName();
        return name == null ? "" : name;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getAliases() {
        return aliases;
    }

    public String getCreatedByAgency() {
        return createdByAgency;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public boolean isUnborn() {
        return unborn;
    }

    public Gender getGender() {
        return gender;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public Boolean getDisability() {
        return disability;
    }

    public String getAddress() {
        return address;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public String getNhsNumberFormatted() {
        return NhsNumber.format(nhsNumber);
    }

    public String getLocalAuthorityRef() {
        return localAuthorityRef;
    }

    public String getPoliceRef() {
        return policeRef;
    }

    public long getVersion() {
        return version;
    }
}
