package org.lowshire.portal.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PostcodesTest {

    @Test
    void thePostcodeInAnAddressIsFoundWhateverItsSpacingAndCase() {
        assertEquals("LW11AA", Postcodes.in("1 Test Lane, Lowshire LW1 1AA"));
        assertEquals("LW11AA", Postcodes.in("1 test lane lw11aa"));
        assertEquals("LW2B3CD", Postcodes.in("Flat 2, Lowshire, LW2B 3CD"));
        assertEquals("LS111AA", Postcodes.in("2 Test Road, LS11 1AA"), "the whole postcode, never its tail");
        assertNull(Postcodes.in("1 Test Lane, Lowshire"));
        assertNull(Postcodes.in(null));
    }
}
