package org.lowshire.portal.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * For a POST carrying an {@code Idempotency-Key}: the fingerprint of what is asked (method, path, query and the exact
 * body bytes), kept on the request for {@link IdempotencyInterceptor}, so a reused key with another body is told apart.
 */
@Provider
public class IdempotencyKeyFilter implements ContainerRequestFilter {

    static final String FINGERPRINT = IdempotencyKeyFilter.class.getName() + ".fingerprint";

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        if (!"POST".equals(context.getMethod()) || context.getHeaderString(Idempotent.HEADER) == null) {
            return;
        }
        byte[] body = context.hasEntity() ? context.getEntityStream().readAllBytes() : new byte[0];
        context.setEntityStream(new ByteArrayInputStream(body));
        request.setAttribute(
                FINGERPRINT,
                fingerprint(
                        context.getMethod(),
                        context.getUriInfo().getRequestUri().getRawPath(),
                        request.getQueryString(),
                        body));
    }

    static String fingerprint(String method, String path, String query, byte[] body) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(
                    (method + ' ' + path + '?' + (query == null ? "" : query) + '\n').getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
