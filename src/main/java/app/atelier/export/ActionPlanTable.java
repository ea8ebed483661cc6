package app.atelier.export;

import java.util.List;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The action plan in the report: each action with its owner, due date and status (late ones say so), the card it
 * carries out and its last progress note; and how the plan stands, for the summary and the follow-up.
 */
final class ActionPlanTable {
    /** The rows as printed (labels in the report's language) and the plan's tally. */
    record Plan(List<Row> rows, int done, int inProgress, int toDo, int dropped, int late) {
        static final Plan NONE = new Plan(List.of(), 0, 0, 0, 0, 0);

        int total() {
            return rows.size();
        }
    }

    record Row(String what, String owner, String due, String status, boolean late, String card, String note,
               int checkIns) {
    }

    private ActionPlanTable() {
    }

    static PdfPTable of(Plan plan, List<String> headers, String lateLabel, Font label, Font body) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setWidths(new float[] {3.2f, 1.6f, 1.3f, 1.4f, 2.6f});
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(cell(h, label)));
        for (Row row : plan.rows()) {
            table.addCell(cell(row.what() + (row.card() == null ? "" : "\n← " + row.card()), body));
            table.addCell(cell(row.owner(), body));
            table.addCell(cell(row.due(), row.late() ? label : body));
            table.addCell(cell(row.status() + (row.late() ? " · " + lateLabel : ""), row.late() ? label : body));
            table.addCell(cell(row.note().isEmpty() ? "—" : row.note(), body));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }
}
