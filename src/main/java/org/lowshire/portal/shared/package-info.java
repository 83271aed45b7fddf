/**
 * What every feature shares and none owns: business exceptions ({@link BusinessException}, {@link InvalidInput}, {@link
 * RecordNotFound}), the clock, the correlation id, free-text rules and the one list of text limits ({@link
 * TextLimits}), the spreadsheet-cell neutraliser ({@link SpreadsheetCells}), set-valued columns, bundle texts outside
 * Faces and the one-record PDF. Depends on no portal package. Every feature may depend on it.
 */
package org.lowshire.portal.shared;
