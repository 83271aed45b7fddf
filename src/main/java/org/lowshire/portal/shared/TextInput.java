package org.lowshire.portal.shared;

import java.util.Map;

/** Free text a rule requires: present, not blank, not too long; refused with the field it belongs to. */
public final class TextInput {

    private TextInput() {
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
