package org.lowshire.portal.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What counts as a bearer header and as a token in the URL (the filter itself is exercised in BearerOnlyIT). */
class BearerOnlyFilterTest {

    @Test
    void onlyANonEmptyBearerCredentialCounts() {
        assertTrue(BearerOnlyFilter.hasBearerHeader("Bearer abc.def.ghi"));
        assertTrue(BearerOnlyFilter.hasBearerHeader("bearer abc"), "the scheme is case-insensitive (RFC 9110)");
        assertFalse(BearerOnlyFilter.hasBearerHeader(null));
        assertFalse(BearerOnlyFilter.hasBearerHeader(""));
        assertFalse(BearerOnlyFilter.hasBearerHeader("Bearer "));
        assertFalse(BearerOnlyFilter.hasBearerHeader("Bearer   "));
        assertFalse(BearerOnlyFilter.hasBearerHeader("Basic eDp5"));
        assertFalse(BearerOnlyFilter.hasBearerHeader("Bearerabc"));
    }

    @Test
    void anAccessTokenParameterIsFoundInAnyCaseAndEncoding() {
        assertTrue(BearerOnlyFilter.carriesTokenInQuery("access_token=x"));
        assertTrue(BearerOnlyFilter.carriesTokenInQuery("ACCESS_TOKEN=x"));
        assertTrue(BearerOnlyFilter.carriesTokenInQuery("days=3&Access_Token=x"));
        assertTrue(BearerOnlyFilter.carriesTokenInQuery("access%5Ftoken=x"));
        assertTrue(BearerOnlyFilter.carriesTokenInQuery("access_token"), "even without a value");
        assertTrue(BearerOnlyFilter.carriesTokenInQuery("a=1;access_token=x"));
        assertTrue(BearerOnlyFilter.carriesTokenInQuery("%zz=1&access_token=x"), "a malformed pair elsewhere");
        assertFalse(BearerOnlyFilter.carriesTokenInQuery(null));
        assertFalse(BearerOnlyFilter.carriesTokenInQuery(""));
        assertFalse(BearerOnlyFilter.carriesTokenInQuery("days=30"));
        assertFalse(BearerOnlyFilter.carriesTokenInQuery("q=access_token"), "a value is not a parameter name");
        assertFalse(BearerOnlyFilter.carriesTokenInQuery("access_tokens=x"));
    }
}
