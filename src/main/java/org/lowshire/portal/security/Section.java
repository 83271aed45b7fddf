package org.lowshire.portal.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The portal's top-level areas and the roles that may enter each one.
 *
 * <p>The navigation shows a section only to these roles, and {@code web.xml} guards the section's URL with the
 * same roles ({@code SectionsMatchWebXmlTest} keeps the two in step), so hiding a link is never the only control.
 */
public enum Section {
    REQUESTS("/requests/", "nav.requests", EnumSet.of(Role.PRACTITIONER, Role.AGENCY_LEAD)),
    MAPPA("/mappa/", "nav.mappa", EnumSet.of(Role.MAPPA_COORDINATOR, Role.MAPPA_CHAIR)),
    AUDIT("/ig/", "nav.audit", EnumSet.of(Role.IG_OFFICER)),
    CONSENT("/consent/", "nav.consent", EnumSet.of(Role.AGENCY_LEAD, Role.IG_OFFICER)),
    BOARD("/board/", "nav.board", EnumSet.of(Role.BOARD_ANALYST)),
    ADMIN("/admin/", "nav.admin", EnumSet.of(Role.ADMIN));

    private final String path;
    private final String labelKey;
    private final Set<Role> roles;

    Section(String path, String labelKey, Set<Role> roles) {
        this.path = path;
        this.labelKey = labelKey;
        this.roles = roles;
    }

    /** Path under the context root, ending in a slash, e.g. {@code /ig/}. */
    public String path() {
        return path;
    }

    public String labelKey() {
        return labelKey;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean openTo(UserIdentity user) {
        return user.hasAny(roles);
    }
}
