package org.lowshire.portal.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lowshire.portal.security.Role;
import org.lowshire.portal.security.UserIdentity;

/**
 * Someone who has signed in to the portal, as last asserted by Keycloak. Keycloak remains the source of truth;
 * this cache lets pages and reports name people and see when they were last active.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String subject;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "agency_code")
    private String agencyCode;

    @Column(nullable = false)
    private String roles;

    @Column(name = "first_seen", nullable = false, updatable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    @Version
    private long version;

    protected AppUser() {
        // for JPA
    }

    static AppUser firstSeen(UserIdentity identity, Instant now) {
        AppUser user = new AppUser();
        user.subject = identity.subject();
        user.firstSeen = now;
        user.seenAgain(identity, now);
        return user;
    }

    /** Refreshes the cached profile from a new sign-in. */
    void seenAgain(UserIdentity identity, Instant now) {
        this.username = identity.username();
        this.displayName = identity.displayName();
        this.agencyCode = identity.agencyCode();
        this.roles = identity.roleNames();
        this.lastSeen = now;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRoles() {
        return roles;
    }

    /** The cached roles, for display; names Keycloak may add that the portal does not know are left out. */
    public List<Role> getRoleList() {
        return Arrays.stream(roles.split(","))
                .map(Role::fromRoleName)
                .flatMap(Optional::stream)
                .toList();
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }
}
