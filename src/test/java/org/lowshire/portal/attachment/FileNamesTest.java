package org.lowshire.portal.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathsAndTraversalAreStripped() {
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
        assertEquals("report.pdf", FileNames.sanitise("C:\\Users\\x\\report.pdf"));
        assertEquals("hidden.txt", FileNames.sanitise("...hidden.txt"));
    }

    @Test
    void dangerousCharactersGoAndTheExtensionStays() {
        assertEquals("a b.pdf", FileNames.sanitise("a\u0000 <b>;\".pdf"));
        assertEquals("pdf", FileNames.sanitise(".pdf"), "a leading dot never hides a file");
        assertEquals("attachment", FileNames.sanitise(""));
        assertEquals("attachment", FileNames.sanitise(null));
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String name = FileNames.sanitise("x".repeat(300) + ".docx");
        assertEquals(FileNames.MAX, name.length());
        assertTrue(name.endsWith(".docx"));
    }

    @Test
    void theHeaderAlwaysSaysAttachmentWithAnEncodedUtf8Name() {
        String header = FileNames.contentDisposition("Zoë report.pdf");
        assertEquals("attachment; filename=\"Zo_ report.pdf\"; filename*=UTF-8''Zo%C3%AB%20report.pdf", header);
    }

    @Test
    void directionOverridesCannotDisguiseTheExtension() {
        assertEquals("reportfdp.exe", FileNames.sanitise("report\u202Efdp.exe"));
        assertEquals("a b.txt", FileNames.sanitise("a\u2066 b\u2069.txt"));
    }

    @Test
    void aFileIsServedUnderItsIdAndTheExtensionOfItsDetectedType() {
        String id = "0f8c2a4e-1b2c-4d5e-8f90-123456789abc";
        assertEquals("lowshire-" + id + ".pdf", FileNames.served(id, "application/pdf"));
        assertEquals("lowshire-" + id + ".txt", FileNames.served(id, "text/plain"));
        assertEquals(
                "lowshire-" + id + ".docx",
                FileNames.served(id, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals("lowshire-.bin", FileNames.served("../\"x;", "text/html"), "nothing of a bad id survives");
    }
}
