package org.lowshire.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The signed-in user of this request, read from the OIDC token WildFly validated.
 *
 * <p>Roles come from the container ({@code isUserInRole}), so they are exactly what the security constraints
 * enforce; name and agency come from the token's claims.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    private UserIdentity identity;

    public boolean isAuthenticated() {
        return identity().isPresent();
    }

    /** The identity, or an {@link IllegalStateException} when nobody is signed in. */
    public UserIdentity require() {
        return identity().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public Optional<UserIdentity> identity() {
        if (identity == null) {
            identity = read(request).orElse(null);
        }
        return Optional.ofNullable(identity);
    }

    public String getUsername() {
        return require().username();
    }

    public String getDisplayName() {
        return require().displayName();
    }

    public String getAgencyCode() {
        return require().agencyCode();
    }

    public List<Role> getRoles() {
        return List.copyOf(require().roles());
    }

    public boolean has(String roleName) {
        return Role.fromRoleName(roleName).map(require()::has).orElse(false);
    }

    static Optional<UserIdentity> read(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (!(principal instanceof OidcPrincipal<?> oidc) || oidc.getOidcSecurityContext() == null) {
            return Optional.empty();
        }
        JsonWebToken token = oidc.getOidcSecurityContext().getIDToken();
        if (token == null) {
            token = oidc.getOidcSecurityContext().getToken();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.roleName())) {
                roles.add(role);
            }
        }
        return Optional.of(new UserIdentity(
                token.getSubject(),
                principal.getName(),
                token.getClaimValueAsString("name"),
                token.getClaimValueAsString("agency"),
                roles));
    }
}
