package org.lowshire.portal.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks one or more rules, each named by the field it belongs to and a bundle key, so a page can show
 * every message next to its field (and in the error summary) and keep what was typed.
 */
public class InvalidInput extends BusinessException {

    private static final long serialVersionUID = 1L;
    private final Map<String, String> fieldErrors;

    public InvalidInput(Map<String, String> fieldErrors) {
        super(fieldErrors.values().iterator().next());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Field name → message key, in the order found. */
    public Map<String, String> fieldErrors() {
        return new LinkedHashMap<>(fieldErrors);
    }

    /** Collects problems; {@link #throwIfAny()} raises them together. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector check(boolean ok, String field, String key) {
            if (!ok) {
                errors.putIfAbsent(field, key);
            }
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        /** What was found so far, by field, in the order checked. */
        public Map<String, String> errors() {
            return java.util.Collections.unmodifiableMap(errors);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
