package org.lowshire.portal.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    private static final AttachmentPolicy POLICY = new AttachmentPolicy(1024 * 1024);

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private static String refusal(String name, byte[] content) {
        return assertThrows(AttachmentRefused.class, () -> POLICY.inspect(name, content))
                .fieldErrors()
                .get("file");
    }

    static byte[] docx() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void allowedTypesAreRecognisedByContent() throws IOException {
        assertEquals("application/pdf", POLICY.inspect("notes.pdf", PDF).contentType());
        assertEquals("image/png", POLICY.inspect("photo.png", PNG).contentType());
        assertEquals(
                "text/plain",
                POLICY.inspect("notes.txt", "Meeting at 10".getBytes(StandardCharsets.UTF_8))
                        .contentType());
        assertEquals(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                POLICY.inspect("letter.docx", docx()).contentType());
    }

    @Test
    void aNameCannotDisguiseTheContent() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        assertEquals("attachment.error.type", refusal("invoice.pdf", exe));
        assertEquals(
                "attachment.error.type",
                refusal(
                        "notes.txt",
                        "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "attachment.error.type",
                refusal(
                        "image.png",
                        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"
                                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aZipIsNotADocumentUnlessItsNameSaysSo() throws IOException {
        assertEquals("attachment.error.type", refusal("archive.zip", docx()));
    }

    @Test
    void emptyAndOversizeAreRefused() {
        assertEquals("attachment.error.empty", refusal("a.pdf", new byte[0]));
        assertEquals("attachment.error.tooLarge", new AttachmentPolicyTest().oversize());
    }

    private String oversize() {
        return assertThrows(AttachmentRefused.class, () -> new AttachmentPolicy(10).inspect("a.pdf", PDF))
                .fieldErrors()
                .get("file");
    }

    @Test
    void theLimitComesFromTheEnvironment() {
        assertEquals(
                5L * 1024 * 1024,
                AttachmentPolicy.fromEnvironment(Map.of("PORTAL_ATTACHMENT_MAX_MB", "5"))
                        .maxBytes());
        assertEquals(
                20L * 1024 * 1024, AttachmentPolicy.fromEnvironment(Map.of()).maxBytes());
        assertThrows(
                IllegalArgumentException.class,
                () -> AttachmentPolicy.fromEnvironment(Map.of("PORTAL_ATTACHMENT_MAX_MB", "lots")));
    }

    @Test
    void theNameGivenIsOnlyDisplayTextTheServedNameFollowsTheContent() {
        var file = POLICY.inspect("minutes.pdf.html", "Strategy meeting minutes\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("text/plain", file.contentType());
        assertEquals("minutes.pdf.html", file.fileName(), "kept as display text");
        assertEquals("lowshire-1-2.txt", FileNames.served("1-2", file.contentType()));
    }
}
