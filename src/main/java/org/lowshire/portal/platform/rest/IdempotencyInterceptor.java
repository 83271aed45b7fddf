package org.lowshire.portal.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.lowshire.portal.security.CurrentUser;
import org.lowshire.portal.shared.InvalidInput;

/**
 * Runs an {@link Idempotent} call once per caller and key: without the header the call runs as always; with it, in
 * one transaction with the key's row (see {@link IdempotentCalls}). The method must return a {@link Response}, the
 * shape a replay has.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    /** Printable ASCII without spaces, as a UUID or any opaque token a client makes up; at most 255 characters. */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    IdempotentCalls calls;

    @AroundInvoke
    public Object once(InvocationContext invocation) throws Exception {
        if (invocation.getMethod().getReturnType() != Response.class) {
            // a replay is a Response: a method returning its entity could not be given one
            throw new IllegalStateException("@Idempotent on a method that does not return a Response");
        }
        String key = request.getHeader(Idempotent.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInput(Map.of(Idempotent.HEADER, "api.error.idempotencyKey"));
        }
        String fingerprint = (String) request.getAttribute(IdempotencyKeyFilter.FINGERPRINT);
        return calls.once(currentUser.require().subject(), key, fingerprint, invocation::proceed);
    }
}
