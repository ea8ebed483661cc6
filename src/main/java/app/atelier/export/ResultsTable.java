package app.atelier.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** A jury's results in the report: rank, card, each criterion's average mark, the total and the number of jurors. */
final class ResultsTable {
    /** The results as the report prints them ({@code criteria}: the criteria's labels, in the report's language). */
    record Results(List<String> criteria, List<Row> rows) {
        static final Results NONE = new Results(List.of(), List.of());
    }

    record Row(int place, String text, List<Double> averages, double total, int jurors) {
    }

    private ResultsTable() {
    }

    static PdfPTable of(Results results, List<String> headers, Font label, Font body, Locale locale) {
        List<String> columns = new ArrayList<>();
        columns.add("#");
        columns.add(headers.get(0));
        columns.addAll(results.criteria());
        columns.addAll(headers.subList(1, headers.size()));
        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        float[] widths = new float[columns.size()];
        Arrays.fill(widths, 1f);
        widths[1] = 4f;
        table.setWidths(widths);
        table.setHeaderRows(1);
        columns.forEach(c -> table.addCell(cell(c, label)));
        for (Row row : results.rows()) {
            table.addCell(cell(String.valueOf(row.place()), body));
            table.addCell(cell(row.text(), body));
            row.averages().forEach(a -> table.addCell(cell(String.format(locale, "%.2f", a), body)));
            table.addCell(cell(String.format(locale, "%.2f", row.total()), label));
            table.addCell(cell(String.valueOf(row.jurors()), body));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }
}
