package org.lowshire.portal.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fingerprint that tells a retry (the same call) from another call under a reused Idempotency-Key. */
class IdempotencyKeyFilterTest {

    private static final byte[] BODY = "{\"role\":\"CHILD_AT_RISK\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_same_call_has_the_same_fingerprint() {
        assertEquals(
                IdempotencyKeyFilter.fingerprint("POST", "/portal/api/requests/a/subjects", null, BODY),
                IdempotencyKeyFilter.fingerprint("POST", "/portal/api/requests/a/subjects", null, BODY.clone()));
    }

    @Test
    void another_body_path_or_query_is_another_call() {
        String call = IdempotencyKeyFilter.fingerprint("POST", "/portal/api/requests/a/subjects", null, BODY);
        assertNotEquals(
                call,
                IdempotencyKeyFilter.fingerprint(
                        "POST", "/portal/api/requests/a/subjects", null, "{}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(call, IdempotencyKeyFilter.fingerprint("POST", "/portal/api/requests/b/subjects", null, BODY));
        assertNotEquals(
                call, IdempotencyKeyFilter.fingerprint("POST", "/portal/api/requests/a/subjects", "name=x", BODY));
    }

    @Test
    void an_empty_body_and_no_query_are_fingerprinted_too() {
        assertEquals(
                64,
                IdempotencyKeyFilter.fingerprint("POST", "/portal/api/requests", null, new byte[0])
                        .length());
    }
}
