package org.lowshire.portal.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.security.Role;

/** {@code GET /api/me}: who the bearer token says the caller is. */
@Path("/me")
public class MeResource {

    @Inject
    CurrentUser currentUser;

    public record Me(String username, String displayName, String agency, List<String> roles) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        var user = currentUser.require();
        return new Me(
                user.username(),
                user.displayName(),
                user.agencyCode(),
                user.roles().stream().map(Role::roleName).toList());
    }
}
