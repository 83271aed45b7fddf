package org.lowshire.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextLimitsTest {

    @Test
    void textIsCountedInCharactersAsPostgresqlCountsThem() {
        assertTrue(TextLimits.fits(null, 1));
        assertTrue(TextLimits.fits("x".repeat(100), TextLimits.NAME));
        assertFalse(TextLimits.fits("x".repeat(101), TextLimits.NAME));
        assertTrue(TextLimits.fits("😀".repeat(100), TextLimits.NAME), "an emoji is one character in a varchar");
    }

    @Test
    void aRefusalNamesTheFieldAndTheLimit() {
        var c = new InvalidInput.Collector();
        TextLimits.check(c, "giverName", "y".repeat(201), TextLimits.LONG_NAME);
        TextLimits.check(c, "giverRelationship", "Mother", TextLimits.NAME);
        assertEquals(java.util.Map.of("giverName", "error.tooLong.200"), c.errors());
    }

    @Test
    void everyLimitHasItsMessage() throws IOException {
        var bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/messages.properties")) {
            bundle.load(in);
        }
        for (int limit : TextLimits.ALL) {
            assertTrue(bundle.containsKey(TextLimits.tooLong(limit)), "no message for " + limit);
        }
    }

    @Test
    void recordedValuesAreClippedToTheirColumn() {
        assertEquals("=HYPERLINK(\"x\")", TextLimits.clip("=HYPERLINK(\"x\")", 100), "short text is kept exactly");
        assertEquals("abcd\u2026", TextLimits.clip("abcdefgh", 5));
        String fitted = TextLimits.clip("😀".repeat(70), 64);
        assertEquals("😀".repeat(63) + "\u2026", fitted, "never half a surrogate pair");
        assertEquals("a\uFFFDb\tc", TextLimits.clip("a\u0000b\tc", 10), "PostgreSQL refuses NUL");
        assertEquals(null, TextLimits.clip(null, 10));
    }
}
