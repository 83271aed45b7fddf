package org.lowshire.portal.security;

import java.util.Arrays;
import java.util.Optional;

/** The portal's roles: Keycloak realm roles that WildFly's OIDC client turns into Jakarta roles of the same name. */
public enum Role {
    PRACTITIONER("practitioner"),
    AGENCY_LEAD("agency-lead"),
    MAPPA_COORDINATOR("mappa-coordinator"),
    MAPPA_CHAIR("mappa-chair"),
    IG_OFFICER("ig-officer"),
    BOARD_ANALYST("board-analyst"),
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The realm role and Jakarta role name, e.g. {@code agency-lead}. */
    public String roleName() {
        return roleName;
    }

    /** Key of the role's display name in the message bundle. */
    public String labelKey() {
        return "role." + roleName;
    }

    public static Optional<Role> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
