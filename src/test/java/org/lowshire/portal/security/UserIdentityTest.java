package org.lowshire.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserIdentityTest {

    @Test
    void aMissingDisplayNameFallsBackToTheUsername() {
        var user = new UserIdentity("sub-1", "csc.practitioner", "  ", "CSC", Set.of(Role.PRACTITIONER));
        assertEquals("csc.practitioner", user.displayName());
    }

    @Test
    void aBlankAgencyIsNoAgency() {
        assertNull(new UserIdentity("s", "u", "n", " ", Set.of()).agencyCode());
    }

    @Test
    void rolesAreCopiedAndCannotBeChangedAfterwards() {
        var roles = EnumSet.of(Role.AGENCY_LEAD);
        var user = new UserIdentity("s", "u", "n", "POLICE", roles);
        roles.add(Role.ADMIN);
        assertFalse(user.has(Role.ADMIN));
        assertThrows(UnsupportedOperationException.class, () -> user.roles().add(Role.ADMIN));
    }

    @Test
    void roleNamesAreTheRealmRoleNamesInDeclarationOrder() {
        var user = new UserIdentity("s", "u", "n", "MAPPA", Set.of(Role.MAPPA_CHAIR, Role.PRACTITIONER));
        assertEquals("practitioner,mappa-chair", user.roleNames());
        assertTrue(user.hasAny(Set.of(Role.ADMIN, Role.MAPPA_CHAIR)));
        assertFalse(user.hasAny(Set.of(Role.ADMIN)));
    }

    @Test
    void aSubjectAndUsernameAreRequired() {
        assertThrows(NullPointerException.class, () -> new UserIdentity(null, "u", "n", null, Set.of()));
        assertThrows(NullPointerException.class, () -> new UserIdentity("s", null, "n", null, Set.of()));
    }

    @Test
    void rolesAreLookedUpByTheirRealmName() {
        assertEquals(Role.IG_OFFICER, Role.fromRoleName("ig-officer").orElseThrow());
        assertTrue(Role.fromRoleName("default-roles-safeguarding").isEmpty());
    }
}
