package org.lowshire.portal.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void nulAndOtherControlCharactersAreRefusedButTabsAndNewLinesAreText() {
        for (String bad : new String[] {"a\u0000b", "\u0001", "x\u001by", "bell\u0007", "del\u007f", "c1\u0085"}) {
            assertTrue(TextInput.hasControlCharacter(bad), bad);
        }
        for (String ok : new String[] {
            "Ada Testchild", "line one\nline two", "a\tb", "windows\r\nline", "", "Zoë, O'Neil – £5 😀"
        }) {
            assertFalse(TextInput.hasControlCharacter(ok), ok);
        }
        assertFalse(TextInput.hasControlCharacter(null));
    }
}
