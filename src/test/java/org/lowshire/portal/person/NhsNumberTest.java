package org.lowshire.portal.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void acceptsValidCheckDigitsWithOrWithoutSpaces() {
        assertTrue(NhsNumber.isValid("9434765919"));
        assertTrue(NhsNumber.isValid("943 476 5919"));
        assertTrue(NhsNumber.isValid("943-476-5919"));
        assertTrue(NhsNumber.isValid("4010232137"));
    }

    @Test
    void refusesWrongCheckDigitsLengthsAndLetters() {
        assertFalse(NhsNumber.isValid("9434765918"));
        assertFalse(NhsNumber.isValid("943476591"));
        assertFalse(NhsNumber.isValid("94347659190"));
        assertFalse(NhsNumber.isValid("94347659A9"));
        assertFalse(NhsNumber.isValid(""));
        assertFalse(NhsNumber.isValid(null));
    }

    @Test
    void refusesNumbersWhoseCheckDigitWouldBeTen() {
        // 1000000010: weighted sum 10*1 + 2*1 = 12, 11 - 1 = 10 -> never valid
        assertFalse(NhsNumber.isValid("1000000010"));
    }

    @Test
    void formatsForDisplay() {
        assertEquals("943 476 5919", NhsNumber.format("9434765919"));
    }
}
