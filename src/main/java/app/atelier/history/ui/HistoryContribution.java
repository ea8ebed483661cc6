package app.atelier.history.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.PartForRoles;
import app.atelier.history.HistoryCsv;
import app.atelier.history.HistoryService;
import com.vaadin.flow.component.button.Button;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The facilitators' button that opens the board's history (not while a capsule is sealed). */
@Component
@Order(27)
class HistoryContribution implements BoardPageContribution {
    private final HistoryService history;
    private final HistoryCsv csv;

    HistoryContribution(HistoryService history, HistoryCsv csv) {
        this.history = history;
        this.csv = csv;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return PartForRoles.facilitatorTools(() -> {
            Button open = new Button();
            open.setId("board-history");
            open.setText(open.getTranslation("history.title"));
            open.addClickListener(e -> page.act(() -> new HistoryDialog(history, csv, page).open()));
            return open;
        }, (open, session) -> open.setVisible(!session.isSealed()));
    }
}
