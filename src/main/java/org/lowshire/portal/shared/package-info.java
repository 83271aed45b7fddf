/**
 * What every feature shares and none owns: business exceptions ({@link BusinessException}, {@link InvalidInput}, {@link
 * RecordNotFound}), the clock, the correlation id, free-text rules and the one list of text limits ({@link
 * TextLimits}), the spreadsheet-cell neutraliser ({@link SpreadsheetCells}), set-valued columns, bundle texts outside
 * Faces and the one-record PDF, and the one way a failure is logged ({@link FailureLog}: no message, the entity and id
 * being written from {@link WrittenRecords}). Depends on no portal package. Every feature may depend on it.
 */
package org.lowshire.portal.shared;
