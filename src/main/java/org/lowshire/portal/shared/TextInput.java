package org.lowshire.portal.shared;

import java.util.Map;

/**
 * Free text as stored: optional text is stripped and blank counts as not given; text a rule requires must be
 * present, not blank, not too long, and is refused with the field it belongs to.
 */
public final class TextInput {

    private TextInput() {}

    /** The message key for text with a control character in it (see {@link #hasControlCharacter}). */
    public static final String CONTROL_CHARACTER = "error.controlCharacter";

    /**
     * Whether the text holds a character no answer should: NUL or another control character, tab, newline and
     * carriage return excepted. PostgreSQL refuses NUL in text, so such input must be refused by field before it.
     */
    public static boolean hasControlCharacter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

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
