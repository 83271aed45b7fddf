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

    /**
     * A Jakarta Validation refusal as field errors: the {@code @Size} on an entity's text, the last guard before the
     * database when an entity's own rules missed a field. Each field is named by its property, with the message of
     * its limit ({@link TextLimits#tooLong}).
     */
    public static InvalidInput of(jakarta.validation.ConstraintViolationException e) {
        var errors = new LinkedHashMap<String, String>();
        for (var v : e.getConstraintViolations()) {
            String field = null;
            for (var node : v.getPropertyPath()) {
                field = node.getName();
            }
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            errors.putIfAbsent(
                    field == null ? "input" : field,
                    max instanceof Integer m ? TextLimits.tooLong(m) : "error.invalid");
        }
        return new InvalidInput(errors.isEmpty() ? Map.of("input", "error.invalid") : errors);
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
