package app.atelier.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * What Atelier's PDF documents share: A4 pages with the board's title at the top and page numbers at the bottom,
 * vector text in an embedded Unicode font (Liberation Sans), headings and "label: value" lines.
 */
@Component
class PdfStyle {
    static final java.awt.Color INK = new java.awt.Color(0x22, 0x22, 0x22);
    static final java.awt.Color MUTED = new java.awt.Color(0x66, 0x66, 0x70);
    static final java.awt.Color AGREED = new java.awt.Color(0x2e, 0x7d, 0x32);

    private final byte[] regular = font("liberation/LiberationSans-Regular.ttf");
    private final byte[] bold = font("liberation/LiberationSans-Bold.ttf");

    record Fonts(Font title, Font heading, Font zone, Font card, Font body, Font label, Font muted, Font header) {
        Fonts(BaseFont regular, BaseFont bold) {
            this(new Font(bold, 22, Font.NORMAL, INK), new Font(bold, 16, Font.NORMAL, INK),
                    new Font(bold, 12, Font.NORMAL, AGREED), new Font(regular, 11, Font.NORMAL, INK),
                    new Font(regular, 10, Font.NORMAL, INK), new Font(bold, 10, Font.NORMAL, INK),
                    new Font(regular, 9, Font.NORMAL, MUTED), new Font(regular, 8, Font.NORMAL, MUTED));
        }
    }

    /** Fonts for one document (a document's fonts are embedded in it, so each gets its own). */
    Fonts fonts() {
        return new Fonts(base(regular), base(bold));
    }

    static Document a4() {
        return new Document(PageSize.A4, 50, 50, 70, 60);
    }

    /** Opens the document with its title in its metadata and at the top of every page, and "Page n" below. */
    static PdfWriter start(Document document, OutputStream out, String title, Fonts fonts, String pageLabel)
            throws DocumentException {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new HeaderAndPageNumbers(title, fonts, pageLabel));
        document.addTitle(title);
        document.open();
        return writer;
    }

    static Paragraph heading(String text, Fonts f) {
        Paragraph p = new Paragraph(text, f.heading());
        p.setSpacingBefore(16);
        p.setSpacingAfter(6);
        return p;
    }

    static Paragraph line(String label, String value, Fonts f) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label, f.label()));
        p.add(new Chunk(value, f.body()));
        return p;
    }

    /** The board's title at the top of every page and "Page n" at the bottom. */
    private static final class HeaderAndPageNumbers extends PdfPageEventHelper {
        private final String title;
        private final Fonts fonts;
        private final String pageLabel;

        HeaderAndPageNumbers(String title, Fonts fonts, String pageLabel) {
            this.title = title;
            this.fonts = fonts;
            this.pageLabel = pageLabel;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(title, fonts.header()),
                    document.left(), document.top() + 25, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                    new Phrase(pageLabel + " " + writer.getPageNumber(), fonts.header()),
                    (document.left() + document.right()) / 2, document.bottom() - 30, 0);
        }
    }

    private static BaseFont base(byte[] ttf) {
        try {
            return BaseFont.createFont("LiberationSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The report font cannot be loaded", e);
        }
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfStyle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource + " (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
