package org.lowshire.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://x.example\",\"click\")",
                "+1+1",
                "-2+3",
                "@SUM(A1:A2)",
                "\t=1",
                "\r=1",
                "\uFF1D1+1",
                "=",
            })
    void aCellThatCouldStartAFormulaIsWrittenAsText(String cell) {
        assertEquals("'" + cell, SpreadsheetCells.neutralise(cell));
    }

    @ParameterizedTest
    @CsvSource({"csc.practitioner", "VIEW", "a=b", "2026-12-04 21:00", "'quoted", "P-1234"})
    void otherCellsAreLeftAsTheyAre(String cell) {
        assertEquals(cell, SpreadsheetCells.neutralise(cell));
    }

    @Test
    void emptyAndMissingCellsStaySo() {
        assertEquals("", SpreadsheetCells.neutralise(""));
        assertNull(SpreadsheetCells.neutralise(null));
    }
}
