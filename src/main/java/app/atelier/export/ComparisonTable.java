package app.atelier.export;

import java.util.List;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** An opened time capsule in the report: each prediction beside what actually happened and its verdict. */
final class ComparisonTable {
    /** The rows as printed ({@code verdict}: its label in the report's language, or empty) and the verdicts' tally. */
    record Comparison(List<Row> rows, String tally) {
        static final Comparison NONE = new Comparison(List.of(), "");
    }

    record Row(String prediction, String happened, String verdict) {
    }

    private ComparisonTable() {
    }

    static PdfPTable of(Comparison comparison, List<String> headers, Font label, Font body) {
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setWidths(new float[] {4f, 4f, 1.4f});
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(cell(h, label)));
        for (Row row : comparison.rows()) {
            table.addCell(cell(row.prediction(), body));
            table.addCell(cell(row.happened().isEmpty() ? "—" : row.happened(), body));
            table.addCell(cell(row.verdict().isEmpty() ? "—" : row.verdict(), label));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }
}
