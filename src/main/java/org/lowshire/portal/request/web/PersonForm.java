package org.lowshire.portal.request.web;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.lowshire.portal.person.Gender;
import org.lowshire.portal.person.PersonDetails;
import org.lowshire.portal.request.SubjectRole;
import org.lowshire.portal.shared.InvalidInput;

/** The "add a person" part of the draft page; a date as three boxes (GOV.UK memorable date), parsed here. */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private SubjectRole role;
    private String givenName;
    private String familyName;
    private String aliases;
    private String day;
    private String month;
    private String year;
    private boolean unborn;
    private Gender gender;
    private String nhsNumber;
    private String address;
    private String ethnicity;
    private Boolean disability;
    private String localAuthorityRef;
    private String policeRef;

    PersonDetails details() {
        return new PersonDetails(givenName, familyName, aliases, date(), unborn, gender, ethnicity, disability,
                address, nhsNumber, localAuthorityRef, policeRef);
    }

    /** The date typed, null when all three boxes are empty; a date that does not exist is refused by field. */
    LocalDate date() {
        boolean empty = blank(day) && blank(month) && blank(year);
        if (empty) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2200) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            throw new InvalidInput(Map.of("dateOfBirth", "person.error.dateInvalid"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public SubjectRole getRole() { return role; }
    public void setRole(SubjectRole role) { this.role = role; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getAliases() { return aliases; }
    public void setAliases(String v) { aliases = v; }
    public String getDay() { return day; }
    public void setDay(String v) { day = v; }
    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getYear() { return year; }
    public void setYear(String v) { year = v; }
    public boolean isUnborn() { return unborn; }
    public void setUnborn(boolean v) { unborn = v; }
    public Gender getGender() { return gender; }
    public void setGender(Gender v) { gender = v; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String v) { nhsNumber = v; }
    public String getAddress() { return address; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String v) { ethnicity = v; }
    public Boolean getDisability() { return disability; }
    public void setDisability(Boolean v) { disability = v; }
    public String getLocalAuthorityRef() { return localAuthorityRef; }
    public void setLocalAuthorityRef(String v) { localAuthorityRef = v; }
    public String getPoliceRef() { return policeRef; }
    public void setPoliceRef(String v) { policeRef = v; }
    public void setAddress(String v) { address = v; }
}
