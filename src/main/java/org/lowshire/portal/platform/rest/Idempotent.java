package org.lowshire.portal.platform.rest;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A creating REST call that honours an {@code Idempotency-Key} header: the first successful answer to a caller's key
 * is kept and a retry with the same key and body gets it again, with nothing created twice ({@link IdempotentCalls}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {

    /** The header a caller sends (draft-ietf-httpapi-idempotency-key-header). */
    String HEADER = "Idempotency-Key";
}
