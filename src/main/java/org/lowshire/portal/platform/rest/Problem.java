package org.lowshire.portal.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code detail} is written for the caller and never carries exception text,
 * stack traces or case content; {@code correlationId} leads support to the log line.
 */
public record Problem(
        String type, String title, int status, String detail, String correlationId, Map<String, String> errors) {

    public Problem(String type, String title, int status, String detail, String correlationId) {
        this(type, title, status, detail, correlationId, null);
    }

    /** The same problem with the message for each field that was refused. */
    public Problem withErrors(Map<String, String> fieldMessages) {
        return new Problem(type, title, status, detail, correlationId, Map.copyOf(fieldMessages));
    }

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
