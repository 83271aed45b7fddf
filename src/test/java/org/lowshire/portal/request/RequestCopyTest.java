package org.lowshire.portal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

/** The copy of a sent request is a real PDF with its marking, who asked whom by when, and every answer. */
class RequestCopyTest {

    @Test
    void theCopyCarriesTheMarkingTheAgenciesAndEveryAnswer() throws Exception {
        var r = RequestFixtures.submitted();
        byte[] pdf = RequestCopy.pdf(
                VisibleRequest.of(r, RequestFixtures.ALEX),
                code -> code.equals("POLICE") ? "Lowshire Police" : "Lowshire CSC",
                "Alex Morgan",
                RequestFixtures.NOW);
        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        String t = text.toString().replaceAll("\\s+", " ");
        for (String expected : new String[] {
            "OFFICIAL",
            "Information-sharing request ISR-2026-000001",
            "Lowshire Police",
            "due by 3 March 2026",
            "Decide whether a strategy discussion is needed",
            "Wants to stay at school",
            "Ada Testchild",
            "1 April 2015",
            "Any intelligence on the adult named?",
            "Children Act 1989 s47 enquiries",
            "Copy made on 2 March 2026",
            "Alex Morgan",
            "audit trail"
        }) {
            assertTrue(t.contains(expected), expected + " in: " + t);
        }
        assertEquals(3, t.split("OFFICIAL", -1).length - 1, "marking at the top, in the lead, at the bottom: " + t);
        assertEquals(1, reader.getNumberOfPages(), "one page here; the marking is drawn on every page");
    }
}
