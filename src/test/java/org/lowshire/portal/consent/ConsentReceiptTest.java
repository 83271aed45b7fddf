package org.lowshire.portal.consent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

/** The receipt is a real PDF carrying the Kantara fields that apply and how to withdraw. */
class ConsentReceiptTest {

    @Test
    void receiptNamesWhoWhatPurposesRecipientsDateAndHowToWithdraw() throws Exception {
        var c = Consent.record(
                ConsentCoverageTest.child(),
                ConsentCoverageTest.given(null),
                ConsentCoverageTest.ALEX,
                ConsentCoverageTest.TODAY,
                ConsentCoverageTest.NOW);
        byte[] pdf = ConsentReceipt.pdf(c, code -> code.equals("POLICE") ? "Lowshire Police" : code);
        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        String t = text.toString().replaceAll("\\s+", " ");
        for (String expected : new String[] {
            "Consent receipt",
            "Kantara",
            c.getUuid(),
            "Ada Testchild",
            "Bea Testparent",
            "Assessing the child's needs and safety",
            "Lowshire Police",
            "Health",
            "1 November 2026",
            "How to withdraw",
            "Until withdrawn"
        }) {
            assertTrue(t.contains(expected), expected + " in: " + t);
        }
    }
}
