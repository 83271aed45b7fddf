package org.lowshire.portal.access;

import java.time.LocalDate;
import org.lowshire.portal.security.UserIdentity;

/**
 * Need-to-know for people and their consents. A person is seen by whoever may see a request about them (so by a
 * draft's author, and by the requester's side and the agencies asked once it is sent); nobody else, whatever links
 * they hold. A consent recorded by another agency is seen only through a sent request that both agencies share;
 * only the agency that recorded a consent corrects or withdraws it, others record their own evidence.
 */
public final class PersonPolicy {

    public enum ConsentAction {
        VIEW,
        RECORD,
        CHANGE
    }

    private PersonPolicy() {}

    /**
     * To find an existing person the user must already hold an identifier: NHS number and date of birth, or full
     * name, date of birth and postcode.
     */
    public static boolean holdsIdentifier(
            String nhsNumber, LocalDate dateOfBirth, String givenName, String familyName, String postcode) {
        return dateOfBirth != null
                && (nhsNumber != null || (givenName != null && familyName != null && postcode != null));
    }

    public static boolean maySee(UserIdentity user, PersonFacts person) {
        return person.requests().stream().anyMatch(r -> RequestPolicy.may(user, RequestAction.VIEW, r));
    }

    /**
     * A consent of a person the user may see: one their own agency recorded, or one recorded by an agency they may know
     * of ({@link #mayKnowAgency}).
     */
    public static boolean maySeeConsent(UserIdentity user, PersonFacts person, String recordedByAgency) {
        return user.worksInCaseAgency() && maySee(user, person) && mayKnowAgency(user, person, recordedByAgency);
    }

    /**
     * Whether the user may know that an agency had to do with the person (recorded them, recorded a consent, changed
     * their record): their own agency, or, in a sent request about the person that the user may see, the requesting
     * agency or an agency asked whose part the user sees (never another agency asked alongside their own). Linking a
     * child by their identifiers tells nobody who else knows the child.
     */
    public static boolean mayKnowAgency(UserIdentity user, PersonFacts person, String agency) {
        if (agency == null || user.agencyCode() == null) {
            return false;
        }
        return user.agencyCode().equals(agency) || person.requests().stream().anyMatch(r -> knowsIn(user, r, agency));
    }

    /** In one sent request the user may see: the requesting agency, or an agency asked whose part they see. */
    private static boolean knowsIn(UserIdentity user, RequestFacts r, String agency) {
        var relationship = RequestPolicy.relationship(user, r);
        return r.involves(agency)
                && RequestPolicy.allowed(relationship, RequestAction.VIEW)
                && (agency.equals(r.requesterAgency())
                        || RequestPolicy.maySeePart(relationship, user.agencyCode(), agency));
    }

    /**
     * Whether the withdrawal of a consent concerns a request: the recording agency raised it or takes part in it
     * (sent). A request the recording agency has no part in is not told, so nobody learns that the consent existed.
     */
    public static boolean consentConcerns(RequestFacts r, String recordedByAgency) {
        return recordedByAgency.equals(r.requesterAgency()) || r.involves(recordedByAgency);
    }

    public static boolean mayConsent(
            UserIdentity user, PersonFacts person, ConsentAction action, String recordedByAgency) {
        return switch (action) {
            case VIEW -> maySeeConsent(user, person, recordedByAgency);
            case RECORD -> user.worksInCaseAgency() && maySee(user, person);
            case CHANGE ->
                user.worksInCaseAgency()
                        && maySee(user, person)
                        && user.agencyCode().equals(recordedByAgency);
        };
    }
}
