package app.atelier.history.ui;

import app.atelier.board.Card;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.history.Change;
import app.atelier.history.HistoryCsv;
import app.atelier.history.HistoryService;
import app.atelier.template.ZoneDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The board's history: a timeline to scrub (one step per change), what changed at that step, and the board as it was
 * then, read-only (zones as headings, cards as list items); the history as a spreadsheet.
 */
class HistoryDialog extends Dialog {
    final Element timeline = new Element("input");
    final Paragraph step = new Paragraph();
    final Div board = new Div();
    private final HistoryService history;
    private final BoardPageContext page;
    private final List<Change> changes;

    HistoryDialog(HistoryService history, HistoryCsv csv, BoardPageContext page) {
        this.history = history;
        this.page = page;
        this.changes = history.changes(page.viewer(), page.boardId());
        setHeaderTitle(getTranslation("history.title"));
        setWidth("min(60rem, 95vw)");
        timeline.setAttribute("type", "range");
        timeline.setAttribute("id", "history-timeline");
        timeline.setAttribute("aria-label", getTranslation("history.timeline"));
        timeline.setAttribute("min", "0");
        timeline.setAttribute("max", String.valueOf(Math.max(0, changes.size() - 1)));
        timeline.setProperty("value", String.valueOf(Math.max(0, changes.size() - 1)));
        timeline.getStyle().set("width", "100%");
        timeline.addPropertyChangeListener("value", "change", e -> show(index()));
        step.setId("history-step");
        board.setId("history-board");
        board.addClassName("history-board");
        getElement().appendChild(timeline);
        add(step, board);
        byte[] bytes = csv.write(changes, page.template(), getLocale()).getBytes(StandardCharsets.UTF_8);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "history.csv", "text/csv;charset=UTF-8", bytes.length)),
                getTranslation("history.export"));
        export.setId("history-export");
        export.getElement().setAttribute("download", "history.csv");
        getFooter().add(export, new Button(getTranslation("history.close"), e -> close()));
        show(changes.size() - 1);
    }

    private int index() {
        try {
            return Integer.parseInt(timeline.getProperty("value", "0"));
        } catch (NumberFormatException e) {
            return changes.size() - 1;
        }
    }

    /** The board right after the {@code index}-th change. */
    void show(int index) {
        board.removeAll();
        if (changes.isEmpty()) {
            step.setText(getTranslation("history.nothing"));
            return;
        }
        int at = Math.max(0, Math.min(index, changes.size() - 1));
        timeline.setProperty("value", String.valueOf(at));
        Change change = changes.get(at);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        String what = getTranslation("history.kind." + change.kind().id());
        String detail = change.kind() == Change.Kind.PHASE ? getTranslation("phase." + change.text())
                : change.text() == null ? "" : "« " + change.text() + " »";
        step.setText(getTranslation("history.step", at + 1, changes.size(), when.format(change.at()),
                change.who() == null ? "—" : change.who(), what, detail));
        HistoryService.Moment moment = history.at(page.viewer(), page.boardId(), change.seq());
        for (ZoneDefinition zone : page.template().zones()) {
            List<Card> cards = moment.cards().stream().filter(c -> c.getZone().equals(zone.id())).toList();
            board.add(new H4(getTranslation(page.template().zoneLabelKey(zone.id()))));
            UnorderedList list = new UnorderedList();
            cards.forEach(c -> list.add(new ListItem(c.getAuthor() == null ? c.getText()
                    : c.getText() + " — " + c.getAuthor())));
            board.add(list);
        }
    }
}
