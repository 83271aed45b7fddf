package org.lowshire.portal.shared;

import java.util.List;

/**
 * The one place that says how long free text may be. Each limit is the width of the columns that hold such text in
 * the Flyway migrations ({@code varchar(n)}, counted by PostgreSQL in characters), so text is refused by its field
 * before it reaches the database, never by the database with a 500. Entities check their fields against these in
 * their own rules ({@link #fits}, {@link #check}); the refusal names the field and the limit
 * ({@code error.tooLong.<limit>} in the bundle).
 */
public final class TextLimits {

    /** A code of an agency, and every other short code. */
    public static final int CODE = 16;

    /** A case reference (a local authority's or the police's). */
    public static final int REFERENCE = 40;

    /** A person's given or family name, ethnicity, a relationship. */
    public static final int NAME = 100;

    /** A full name as typed (who gave consent, who assessed or verified it), a document reference. */
    public static final int LONG_NAME = 200;

    /** An address, aliases. */
    public static final int ADDRESS = 300;

    /** How a child's views were (or were not) obtained. */
    public static final int SHORT_TEXT = 500;

    /** A question, a note, a reason. */
    public static final int TEXT = 1000;

    /** A purpose, a child's views, a lawful-basis justification. */
    public static final int LONG_TEXT = 2000;

    /** Each part of a sharing decision's record. */
    public static final int DECISION_TEXT = 4000;

    /** Every limit, for the test that each has its message. */
    public static final List<Integer> ALL =
            List.of(CODE, REFERENCE, NAME, LONG_NAME, ADDRESS, SHORT_TEXT, TEXT, LONG_TEXT, DECISION_TEXT);

    private TextLimits() {}

    /** Whether the text fits the limit; no text fits. Counted in characters (code points), as PostgreSQL does. */
    public static boolean fits(String text, int max) {
        return text == null || text.codePointCount(0, text.length()) <= max;
    }

    /** The message key for text over the limit: "… must be {limit} characters or fewer". */
    public static String tooLong(int max) {
        return "error.tooLong." + max;
    }

    /** Refuses the field, by its name, when its text is over the limit. */
    public static InvalidInput.Collector check(InvalidInput.Collector c, String field, String text, int max) {
        return c.check(fits(text, max), field, tooLong(max));
    }

    /**
     * Text as a column of {@code max} characters can hold it, for what is recorded rather than refused (the audit
     * trail records what came from outside, whatever its length): an event is never lost because a value is too
     * long or holds NUL, which PostgreSQL refuses. Control characters (tab and new lines excepted) become U+FFFD;
     * text over the limit is cut, never inside a character, and ends with an ellipsis.
     */
    public static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.codePoints()
                .map(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' ? 0xFFFD : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (fits(clean, max)) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, max - 1)) + "\u2026";
    }
}
