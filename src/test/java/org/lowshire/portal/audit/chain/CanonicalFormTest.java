package org.lowshire.portal.audit.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    private static StoredEvent withPersonsAndPurpose(List<String> persons, String purpose) {
        return new StoredEvent(
                1, 2, null, "u", null, null, null, null, "VIEW", "SUCCESS", null, null, null, persons, purpose, null,
                null, null);
    }

    @Test
    void theSameEventAlwaysEncodesTheSame() {
        var e = ChainVerifierTest.event(5);
        assertArrayEquals(CanonicalForm.encode(e), CanonicalForm.encode(ChainVerifierTest.event(5)));
    }

    @Test
    void nullAndEmptyAreDifferent() {
        assertFalse(Arrays.equals(
                CanonicalForm.encode(withPersonsAndPurpose(List.of(), null)),
                CanonicalForm.encode(withPersonsAndPurpose(List.of(), ""))));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "ab" + "c" must not encode like "a" + "bc"
        assertFalse(Arrays.equals(
                CanonicalForm.encode(withPersonsAndPurpose(List.of("ab"), "c")),
                CanonicalForm.encode(withPersonsAndPurpose(List.of("a"), "bc"))));
        assertFalse(Arrays.equals(
                CanonicalForm.encode(withPersonsAndPurpose(List.of("a", "b"), null)),
                CanonicalForm.encode(withPersonsAndPurpose(List.of("a,b"), null))));
    }

    @Test
    void theLinkHashIsAKnownValue() {
        // Pinned: changing the encoding silently would orphan every chain already written.
        byte[] hash = ChainHash.link(ChainHash.GENESIS, 1, withPersonsAndPurpose(List.of("p"), "x"));
        assertEquals(32, hash.length);
        assertEquals(
                "ce28059163d792dc13a2c7ba3f6695648f83ad681d160430b897c2fba59735ea",
                HexFormat.of().formatHex(hash));
        assertFalse(
                Arrays.equals(hash, ChainHash.link(ChainHash.GENESIS, 2, withPersonsAndPurpose(List.of("p"), "x"))),
                "the sequence number is part of the hash");
    }
}
