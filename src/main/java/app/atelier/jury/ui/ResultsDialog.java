package app.atelier.jury.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.jury.JuryService;
import app.atelier.jury.Ranking;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;

/** The results table: rank, card, each criterion's average mark, the total and how many jurors marked it. */
class ResultsDialog extends Dialog {
    final Grid<Ranking> table = new Grid<>();

    ResultsDialog(JuryService jury, BoardPageContext page) {
        List<Ranking> results = jury.results(page.viewer(), page.boardId()); // refused before anything opens
        setHeaderTitle(getTranslation("jury.results"));
        setWidth("min(56rem, 96vw)");
        table.setId("jury-table");
        table.addColumn(Ranking::place).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        table.addColumn(Ranking::text).setHeader(getTranslation("jury.card")).setFlexGrow(1);
        for (String criterion : jury.criteria(page.session())) {
            table.addColumn(r -> format(r.averages().get(criterion)))
                    .setHeader(getTranslation(page.template().criterionLabelKey(criterion))).setAutoWidth(true);
        }
        table.addColumn(r -> format(r.total())).setHeader(getTranslation("jury.total")).setAutoWidth(true);
        table.addColumn(Ranking::jurors).setHeader(getTranslation("jury.jurors")).setAutoWidth(true);
        table.setItems(results);
        table.setAllRowsVisible(true);
        add(table);
        getFooter().add(new Button(getTranslation("card.close"), e -> close()));
    }

    private String format(Double value) {
        return value == null ? "–" : String.format(getLocale() == null ? Locale.ENGLISH : getLocale(), "%.2f", value);
    }
}
