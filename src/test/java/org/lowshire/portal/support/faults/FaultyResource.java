package org.lowshire.portal.support.faults;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only REST resource that fails, to prove an unexpected error becomes a bare problem+json 500. */
@Path("/test-faults")
public class FaultyResource {

    @GET
    public String fail() {
        throw new IllegalStateException("Failure with " + FaultyPage.SECRET_DETAIL);
    }
}
