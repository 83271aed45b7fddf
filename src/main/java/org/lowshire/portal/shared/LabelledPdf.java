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
 * A one-record PDF (OpenPDF): an optional handling marking at the top and bottom, a title, a lead paragraph, a
 * two-column table of label and value, and a closing paragraph. For receipts and copies people keep.
 */
public final class LabelledPdf {

    private LabelledPdf() {
    }

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
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.open();
            if (marking != null) {
                doc.add(marking(marking));
            }
            doc.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
            doc.add(new Paragraph(lead, value));
            var table = new PdfPTable(new float[] {2, 5});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            for (Row row : rows) {
                if (row.value() == null) {
                    var cell = new com.lowagie.text.pdf.PdfPCell(new Paragraph(row.label(),
                            FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
                    cell.setColspan(2);
                    table.addCell(cell);
                } else {
                    table.addCell(new Paragraph(row.label(), label));
                    table.addCell(new Paragraph(row.value(), value));
                }
            }
            doc.add(table);
            doc.add(new Paragraph(closing, value));
            if (marking != null) {
                doc.add(marking(marking));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static Paragraph marking(String marking) {
        var p = new Paragraph(marking, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11));
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }
}
