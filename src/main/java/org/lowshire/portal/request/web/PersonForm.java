package org.lowshire.portal.request.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.lowshire.portal.person.Gender;
import org.lowshire.portal.person.PersonDetails;
import org.lowshire.portal.platform.web.DateParts;
import org.lowshire.portal.request.SubjectRole;
import org.lowshire.portal.shared.InvalidInput;

/** The "add a person" part of the draft page; a date as three boxes (GOV.UK memorable date), parsed here. */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private SubjectRole role;
    private String givenName;
    private String familyName;
    private String aliases;
    private final DateParts dob = new DateParts();
    private boolean unborn;
    private Gender gender;
    private String nhsNumber;
    private String address;
    private String ethnicity;
    private Boolean disability;
    private String localAuthorityRef;
    private String policeRef;

    PersonDetails details() {
        return new PersonDetails(
                givenName,
                familyName,
                aliases,
                date(),
                unborn,
                gender,
                ethnicity,
                disability,
                address,
                nhsNumber,
                localAuthorityRef,
                policeRef);
    }

    /** The date typed, null when all three boxes are empty; a date that does not exist is refused by field. */
    LocalDate date() {
        try {
            return dob.toDate("dateOfBirth");
        } catch (InvalidInput e) {
            throw new InvalidInput(Map.of("dateOfBirth", "person.error.dateInvalid"));
        }
    }

    /** Nothing typed about a new person: "Save and continue" can leave the people task without adding one. */
    public boolean isBlank() {
        return role == null
                && blank(givenName)
                && blank(familyName)
                && blank(aliases)
                && blank(dob.getDay())
                && blank(dob.getMonth())
                && blank(dob.getYear())
                && !unborn
                && gender == null
                && blank(nhsNumber)
                && blank(address)
                && blank(ethnicity)
                && disability == null
                && blank(localAuthorityRef)
                && blank(policeRef);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public SubjectRole getRole() {
        return role;
    }

    public void setRole(SubjectRole role) {
        this.role = role;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String v) {
        givenName = v;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String v) {
        familyName = v;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String v) {
        aliases = v;
    }

    public String getDay() {
        return dob.getDay();
    }

    public void setDay(String v) {
        dob.setDay(v);
    }

    public String getMonth() {
        return dob.getMonth();
    }

    public void setMonth(String v) {
        dob.setMonth(v);
    }

    public String getYear() {
        return dob.getYear();
    }

    public void setYear(String v) {
        dob.setYear(v);
    }

    public boolean isUnborn() {
        return unborn;
    }

    public void setUnborn(boolean v) {
        unborn = v;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender v) {
        gender = v;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String v) {
        nhsNumber = v;
    }

    public String getAddress() {
        return address;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String v) {
        ethnicity = v;
    }

    public Boolean getDisability() {
        return disability;
    }

    public void setDisability(Boolean v) {
        disability = v;
    }

    public String getLocalAuthorityRef() {
        return localAuthorityRef;
    }

    public void setLocalAuthorityRef(String v) {
        localAuthorityRef = v;
    }

    public String getPoliceRef() {
        return policeRef;
    }

    public void setPoliceRef(String v) {
        policeRef = v;
    }

    public void setAddress(String v) {
        address = v;
    }
}
