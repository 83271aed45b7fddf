package org.lowshire.portal.shared;

import java.util.Map;

/**
 * Free text as stored: optional text is stripped and blank counts as not given; text a rule requires must be
 * present, not blank, not too long, and is refused with the field it belongs to.
 */
public final class TextInput {

    private TextInput() {}

    /** Stripped, or null when nothing but spaces was typed. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static String required(String text, String field, String missingKey, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(Map.of(field, missingKey));
        }
        if (text.strip().length() > max) {
            throw new InvalidInput(Map.of(field, "request.error.tooLong"));
        }
        return text.strip();
    }
}
