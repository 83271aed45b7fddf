package org.lowshire.portal.audit.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The signed head file: written and read back exactly; anything else refused without a server error. */
class HeadFileTest {

    private SigningKey key;
    private Checkpoint head;

    @BeforeEach
    void aSignedHead() throws Exception {
        key = SigningKey.ephemeral();
        head = Checkpoint.sign(4200, CheckpointLinksTest.hash(4200), 3200, CheckpointLinksTest.hash(3200), key);
    }

    @Test
    void aWrittenHeadReadsBackAndStillVerifies() {
        byte[] file = HeadFile.write(head);
        assertTrue(file.length < 600, "a small file");
        Checkpoint read = HeadFile.read(file);
        assertEquals(4200, read.seq());
        assertEquals(3200L, read.prevSeq());
        assertArrayEquals(head.headHash(), read.headHash());
        assertArrayEquals(head.prevHash(), read.prevHash());
        assertEquals(key.keyId(), read.keyId());
        assertTrue(read.signedBy(key));
    }

    @Test
    void windowsLineEndsAndExtraCommentsAreFine() {
        String text = "# kept on the IG share\r\n"
                + new String(HeadFile.write(head), StandardCharsets.US_ASCII).replace("\n", "\r\n");
        assertTrue(HeadFile.read(text.getBytes(StandardCharsets.US_ASCII)).signedBy(key));
    }

    @Test
    void anEditedEntryNumberNoLongerVerifies() {
        String text = new String(HeadFile.write(head), StandardCharsets.US_ASCII).replace("seq=4200", "seq=4300");
        assertTrue(!HeadFile.read(text.getBytes(StandardCharsets.US_ASCII)).signedBy(key));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "hello",
                "%PDF-1.7 binary",
                "format=lowshire-audit-head-v0",
                "seq=1\nseq=2",
                "colour=blue",
                "REPLACE:seq=4200=>seq=forty",
                "REPLACE:seq=4200=>seq=-1",
                "REPLACE:previous-seq=3200=>previous-seq=4200",
                "REPLACE:key=ed25519:=>key=rsa key:",
                "DROP:signature=",
                "REPLACE:hash==>hash=\u0000",
                "TRUNCATE:hash=",
            })
    void anythingElseIsUnreadable(String variant) {
        byte[] file = variant(variant);
        assertThrows(HeadFile.Unreadable.class, () -> HeadFile.read(file));
    }

    @Test
    void anOversizedFileIsRefusedUnread() {
        assertThrows(HeadFile.Unreadable.class, () -> HeadFile.read(new byte[HeadFile.MAX_BYTES + 1]));
        assertThrows(HeadFile.Unreadable.class, () -> HeadFile.read(null));
    }

    private byte[] variant(String variant) {
        String good = new String(HeadFile.write(head), StandardCharsets.US_ASCII);
        String text;
        if (variant.startsWith("REPLACE:")) {
            String[] parts = variant.substring(8).split("=>", 2);
            text = good.replace(parts[0], parts[1]);
        } else if (variant.startsWith("DROP:")) {
            text = good.replaceAll("(?m)^" + variant.substring(5) + ".*\n", "");
        } else if (variant.startsWith("TRUNCATE:")) {
            text = good.replaceAll("(?m)^(" + variant.substring(9) + ".{10}).*$", "$1");
        } else {
            text = variant;
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
