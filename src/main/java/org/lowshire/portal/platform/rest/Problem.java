package org.lowshire.portal.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail. {@code detail} is written for the caller and never carries exception text,
 * stack traces or case content; {@code correlationId} leads support to the log line.
 */
public record Problem(String type, String title, int status, String detail, String correlationId) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
