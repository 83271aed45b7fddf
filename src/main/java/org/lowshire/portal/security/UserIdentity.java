package org.lowshire.portal.security;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is signed in, as the identity provider asserted it: subject, username, display name, agency and roles.
 * Immutable; built once per request by {@link CurrentUser}.
 */
public record UserIdentity(String subject, String username, String displayName, String agencyCode, Set<Role> roles)
        implements Serializable {

    public UserIdentity {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        agencyCode = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
        roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A practitioner or agency lead with an agency: who may hold case records for that agency. */
    public boolean worksInCaseAgency() {
        return agencyCode != null && (has(Role.PRACTITIONER) || has(Role.AGENCY_LEAD));
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** Role names in declaration order, comma separated, as stored in the user cache. */
    public String roleNames() {
        return roles.stream().map(Role::roleName).collect(Collectors.joining(","));
    }
}
