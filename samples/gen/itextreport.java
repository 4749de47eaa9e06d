// The "itext" rendering's report writer: an enterprise back office's Java program on iText 5.
//
//   javac -cp itext5.jar -d classes itextreport.java
//   java -cp itext5.jar:classes ItextReport report.txt report.pdf
//
// report.txt is the dossier in a line format written by samples/gen/itextreport.py: one
// record a line, fields separated by tabs, "\\", "\t" and "\n" escaped in the text. The
// first field names the record: TOCHEAD, TOC (text, page or ""), PROJECT (theme, title),
// LABEL, PARA, ITEM (a list item, its marker in its text), TABLE (label, value columns,
// header lines, body row that starts a new page or -1), HEAD (line, column, columns,
// lines, text), ROW (cells), ENDTABLE, TFN (table footnote), NOTE (mark, text), NOTEMORE.
// The page each project starts on goes to stdout, one a line.

import com.itextpdf.text.BaseColor;
import com.itextpdf.text.Chunk;
import com.itextpdf.text.Document;
import com.itextpdf.text.DocumentException;
import com.itextpdf.text.Element;
import com.itextpdf.text.Font;
import com.itextpdf.text.PageSize;
import com.itextpdf.text.Paragraph;
import com.itextpdf.text.Phrase;
import com.itextpdf.text.Rectangle;
import com.itextpdf.text.pdf.BaseFont;
import com.itextpdf.text.pdf.ColumnText;
import com.itextpdf.text.pdf.PdfPCell;
import com.itextpdf.text.pdf.PdfPTable;
import com.itextpdf.text.pdf.PdfPageEventHelper;
import com.itextpdf.text.pdf.PdfWriter;
import com.itextpdf.text.pdf.draw.LineSeparator;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

class ItextReport {
    static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/";
    static final BaseColor BLUE = new BaseColor(0x0b, 0x4f, 0x6c);
    static final BaseColor TEAL = new BaseColor(0x0b, 0x7a, 0x75);
    static final BaseColor GREY = new BaseColor(0x5f, 0x6b, 0x76);

    final BaseFont helvetica, helveticaBold, dejavu, dejavuBold;
    final CharsetEncoder cp1252 = Charset.forName("windows-1252").newEncoder();

    ItextReport() throws DocumentException, IOException {
        helvetica = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        helveticaBold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        // Helvetica's CP1252 has the euro sign but not "₂", "●", "○", "⁴": a text with one of
        // them is set in DejaVu Sans, embedded (iText subsets it) with Unicode glyph ids.
        dejavu = BaseFont.createFont(DEJAVU + "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        dejavuBold = BaseFont.createFont(DEJAVU + "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }

    Font font(String text, float size, boolean bold, BaseColor color) {
        boolean plain = cp1252.canEncode(text);
        BaseFont base = plain ? (bold ? helveticaBold : helvetica) : (bold ? dejavuBold : dejavu);
        return new Font(base, size, Font.NORMAL, color);
    }

    Paragraph para(String text, float size, boolean bold, BaseColor color) {
        Paragraph p = new Paragraph(text, font(text, size, bold, color));
        p.setLeading(size * 1.3f);
        return p;
    }

    // --- tables ---------------------------------------------------------------------------

    static class Head {
        int line, column, columns, lines;
        String text;
    }

    static class Spec {
        String label;
        int columns, lines, breakBefore;
        List<Head> head = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        List<String> footnotes = new ArrayList<>();
    }

    PdfPCell headCell(String text, int colspan, int rowspan, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(text, 8, true, BaseColor.BLACK)));
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setBackgroundColor(BaseColor.LIGHT_GRAY);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    /** One PdfPTable: the header lines (repeated on every page it runs onto), then rows. */
    PdfPTable grid(Spec t, List<String[]> rows) throws DocumentException {
        PdfPTable table = new PdfPTable(t.columns + 1);
        float[] widths = new float[t.columns + 1];
        widths[0] = 2;
        for (int i = 1; i <= t.columns; i++) widths[i] = 1;
        table.setWidths(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(t.lines);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        // Cells go in reading order; iText skips the positions a rowspan above covers.
        table.addCell(headCell(t.label, 1, t.lines, Element.ALIGN_LEFT));
        for (Head h : t.head) table.addCell(headCell(h.text, h.columns, h.lines, Element.ALIGN_CENTER));
        for (String[] row : rows) {
            boolean total = row[0].trim().toLowerCase().startsWith("totaal");
            for (int i = 0; i < row.length; i++) {
                PdfPCell cell = new PdfPCell(new Phrase(row[i], font(row[i], 8, total, BaseColor.BLACK)));
                cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                cell.setPadding(3);
                table.addCell(cell);
            }
        }
        return table;
    }

    void table(Document doc, Spec t) throws DocumentException {
        if (t.breakBefore > 0) {
            // The source continues the table on a new page: cut it there, the header repeated.
            doc.add(grid(t, t.rows.subList(0, t.breakBefore)));
            doc.newPage();
            doc.add(grid(t, t.rows.subList(t.breakBefore, t.rows.size())));
        } else {
            doc.add(grid(t, t.rows));
        }
        for (String note : t.footnotes) {
            Paragraph p = para(note, 7, false, GREY);
            p.setSpacingAfter(2);
            doc.add(p);
        }
        doc.add(new Paragraph(4, " "));
    }

    // --- the document ---------------------------------------------------------------------

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    void write(List<String[]> records, String pdf) throws DocumentException, IOException {
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(doc, new FileOutputStream(pdf));
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                int page = w.getPageNumber();
                if (page == 1) return;  // the contents page carries no number
                String n = String.valueOf(page);
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase(n, new Font(helvetica, 8, Font.NORMAL, GREY)), d.right(), 18, 0);
            }
        });
        doc.addTitle("Regio Deal");
        doc.open();

        PdfPTable contents = null;
        Spec table = null;
        boolean firstNote = true;
        for (String[] r : records) {
            switch (r[0]) {
                case "TOCHEAD": {
                    Paragraph p = para(r[1], 18, true, BLUE);
                    p.setSpacingAfter(12);
                    doc.add(p);
                    contents = new PdfPTable(new float[] {12, 1});
                    contents.setWidthPercentage(100);
                    break;
                }
                case "TOC": {
                    PdfPCell entry = new PdfPCell(new Phrase(r[1], font(r[1], 10, false, BaseColor.BLACK)));
                    PdfPCell page = new PdfPCell(new Phrase(r[2], font(r[2], 10, true, BLUE)));
                    page.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    for (PdfPCell c : new PdfPCell[] {entry, page}) {
                        c.setBorder(Rectangle.BOTTOM);
                        c.setBorderColor(BaseColor.LIGHT_GRAY);
                        c.setPaddingBottom(4);
                        contents.addCell(c);
                    }
                    break;
                }
                case "PROJECT": {
                    if (contents != null) {
                        doc.add(contents);
                        contents = null;
                    }
                    doc.newPage();
                    System.out.println(writer.getPageNumber());
                    doc.add(para(r[1], 8.5f, false, TEAL));
                    Paragraph title = para(r[2], 15, true, BLUE);
                    title.setSpacingAfter(10);
                    doc.add(title);
                    firstNote = true;
                    break;
                }
                case "LABEL": {
                    Paragraph p = para(r[1], 10, true, BLUE);
                    p.setSpacingBefore(8);
                    p.setSpacingAfter(2);
                    doc.add(p);
                    break;
                }
                case "PARA":
                case "ITEM": {
                    Paragraph p = para(r[1], 10, false, BaseColor.BLACK);
                    // A list item is a Paragraph with the transcription's own marker in its
                    // text, indented: iText's List would add a marker of its own.
                    if (r[0].equals("ITEM")) p.setIndentationLeft(14);
                    p.setSpacingAfter(4);
                    doc.add(p);
                    break;
                }
                case "TABLE":
                    table = new Spec();
                    table.label = r[1];
                    table.columns = Integer.parseInt(r[2]);
                    table.lines = Integer.parseInt(r[3]);
                    table.breakBefore = Integer.parseInt(r[4]);
                    break;
                case "HEAD": {
                    Head h = new Head();
                    h.line = Integer.parseInt(r[1]);
                    h.column = Integer.parseInt(r[2]);
                    h.columns = Integer.parseInt(r[3]);
                    h.lines = Integer.parseInt(r[4]);
                    h.text = r[5];
                    table.head.add(h);
                    break;
                }
                case "ROW":
                    table.rows.add(java.util.Arrays.copyOfRange(r, 1, r.length));
                    break;
                case "TFN":
                    table.footnotes.add(r[1]);
                    break;
                case "ENDTABLE":
                    table(doc, table);
                    table = null;
                    break;
                case "NOTE":
                case "NOTEMORE": {
                    if (firstNote) {
                        doc.add(new Chunk(new LineSeparator(0.5f, 100, GREY, Element.ALIGN_CENTER, -8)));
                        doc.add(new Paragraph(10, " "));
                        firstNote = false;
                    }
                    String text = r[0].equals("NOTE") ? r[1] + " " + r[2] : r[1];
                    Paragraph p = para(text, 7.5f, false, BaseColor.DARK_GRAY);
                    if (r[0].equals("NOTEMORE")) p.setIndentationLeft(10);
                    p.setSpacingAfter(2);
                    doc.add(p);
                    break;
                }
                default:
                    throw new IllegalArgumentException("unknown record " + r[0]);
            }
        }
        doc.close();
    }

    public static void main(String[] args) throws Exception {
        List<String[]> records = new ArrayList<>();
        for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] fields = line.split("\t", -1);
            for (int i = 0; i < fields.length; i++) fields[i] = unescape(fields[i]);
            records.add(fields);
        }
        new ItextReport().write(records, args[1]);
    }
}
