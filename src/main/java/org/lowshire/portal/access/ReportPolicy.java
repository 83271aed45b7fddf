package org.lowshire.portal.access;

import java.util.Optional;
import org.lowshire.portal.security.Role;
import org.lowshire.portal.security.UserIdentity;

/**
 * Who runs the consent reports and what they show: an agency lead their own agency's, with the names of the people
 * whose consents expire (their agency recorded them); an IG officer every agency's, without any names.
 */
public final class ReportPolicy {

    /** The agencies a report covers ({@code null} = all) and whether it may name people. */
    public record Scope(String agency, boolean names) {
        public boolean all() {
            return agency == null;
        }
    }

    private ReportPolicy() {}

    public static Optional<Scope> consentReport(UserIdentity user) {
        if (user.has(Role.IG_OFFICER)) {
            return Optional.of(new Scope(null, false));
        }
        if (user.has(Role.AGENCY_LEAD) && user.agencyCode() != null) {
            return Optional.of(new Scope(user.agencyCode(), true));
        }
        return Optional.empty();
    }

    /** Nobody reviews their own activity: an IG officer cannot acknowledge an alert about themselves. */
    public static boolean mayReviewAlert(UserIdentity user, String alertAboutUsername) {
        return user.has(Role.IG_OFFICER) && !user.username().equals(alertAboutUsername);
    }
}
