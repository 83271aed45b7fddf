package org.lowshire.portal.shared;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A one-record PDF (OpenPDF): an optional handling marking at the top and bottom of every page, a title, a lead
 * paragraph, a two-column table of label and value, and a closing paragraph. For receipts and copies people keep.
 */
public final class LabelledPdf {

    private LabelledPdf() {}

    /** A row of the table; a row with a null value is a section heading across both columns. */
    public record Row(String label, String value) {
        public static Row heading(String label) {
            return new Row(label, null);
        }
    }

    public static byte[] write(String marking, String title, String lead, List<Row> rows, String closing) {
        var out = new ByteArrayOutputStream();
        var doc = new Document(PageSize.A4, 48, 48, 48, 48);
        Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font value = FontFactory.getFont(FontFactory.HELVETICA, 10);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            if (marking != null) {
                writer.setPageEvent(new MarkEveryPage(marking));
            }
            doc.addTitle(title);
            doc.open();
            doc.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
            doc.add(new Paragraph(lead, value));
            var table = new PdfPTable(new float[] {2, 5});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            for (Row row : rows) {
                if (row.value() == null) {
                    var cell = new com.lowagie.text.pdf.PdfPCell(
                            new Paragraph(row.label(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
                    cell.setColspan(2);
                    table.addCell(cell);
                } else {
                    table.addCell(new Paragraph(row.label(), label));
                    table.addCell(new Paragraph(row.value(), value));
                }
            }
            doc.add(table);
            doc.add(new Paragraph(closing, value));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** The handling marking centred in the top and bottom margins of every page, as the marking rules ask. */
    private static final class MarkEveryPage extends com.lowagie.text.pdf.PdfPageEventHelper {
        private final String marking;

        MarkEveryPage(String marking) {
            this.marking = marking;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var phrase = new com.lowagie.text.Phrase(marking, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11));
            float x = (document.left() + document.right()) / 2;
            var canvas = writer.getDirectContent();
            com.lowagie.text.pdf.ColumnText.showTextAligned(
                    canvas, Element.ALIGN_CENTER, phrase, x, document.top() + 20, 0);
            com.lowagie.text.pdf.ColumnText.showTextAligned(
                    canvas, Element.ALIGN_CENTER, phrase, x, document.bottom() - 24, 0);
        }
    }
}
