package org.lowshire.portal.shared;

/**
 * The one neutraliser for every cell the portal exports to CSV or a spreadsheet. A cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by Excel and LibreOffice as a formula (CSV
 * injection: {@code =HYPERLINK(…)} typed as a user name on the sign-in page reaches the audit export), so it is
 * written with a leading apostrophe, which spreadsheets show as text and do not run. The full-width forms count too:
 * some spreadsheets fold them to the ASCII ones.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetCells() {}

    /** The text as a spreadsheet must store it: unchanged, or behind an apostrophe when it could start a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
