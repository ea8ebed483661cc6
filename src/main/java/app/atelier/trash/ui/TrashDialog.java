package app.atelier.trash.ui;

import app.atelier.access.Role;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.trash.TrashService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The board's trash: each deleted card this person may see, who deleted it and when, and "Restore" where they may
 * (its author or a facilitator); facilitators also delete for good, one card or all.
 */
class TrashDialog extends Dialog {
    final VerticalLayout entries = new VerticalLayout();
    private final TrashService trash;
    private final BoardPageContext page;

    TrashDialog(TrashService trash, BoardPageContext page) {
        this.trash = trash;
        this.page = page;
        setHeaderTitle(getTranslation("trash.title"));
        setWidth("min(40rem, 95vw)");
        entries.setPadding(false);
        entries.setId("trash-entries");
        add(entries);
        if (page.role() == Role.FACILITATOR) {
            Button empty = new Button(getTranslation("trash.empty"), e -> page.act(() -> {
                trash.empty(page.viewer(), page.boardId());
                refresh();
            }));
            empty.setId("trash-empty");
            empty.addThemeVariants(ButtonVariant.ERROR);
            getFooter().add(empty);
        }
        getFooter().add(new Button(getTranslation("trash.close"), e -> close()));
        refresh();
    }

    void refresh() {
        entries.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        var list = trash.list(page.viewer(), page.boardId());
        if (list.isEmpty()) {
            entries.add(new Paragraph(getTranslation("trash.nothing")));
        }
        for (TrashService.Entry entry : list) {
            String cardId = entry.card().getId();
            Div text = new Div(entry.card().getText());
            text.addClassName("trash-text");
            String zone = getTranslation(page.template().zoneLabelKey(entry.card().getZone()));
            Span about = new Span(entry.deletedBy() == null
                    ? getTranslation("trash.deleted", zone, when.format(entry.deletedAt()))
                    : getTranslation("trash.deletedBy", zone, entry.deletedBy(), when.format(entry.deletedAt())));
            about.addClassName("trash-about");
            HorizontalLayout actions = new HorizontalLayout();
            if (entry.mayRestore()) {
                Button restore = new Button(getTranslation("trash.restore"), e -> page.act(() -> {
                    trash.restore(page.viewer(), page.boardId(), cardId);
                    refresh();
                }));
                restore.setId("trash-restore-" + cardId);
                actions.add(restore);
            }
            if (page.role() == Role.FACILITATOR) {
                Button purge = new Button(getTranslation("trash.purge"), e -> page.act(() -> {
                    trash.purge(page.viewer(), page.boardId(), cardId);
                    refresh();
                }));
                purge.setId("trash-purge-" + cardId);
                purge.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                actions.add(purge);
            }
            VerticalLayout row = new VerticalLayout(text, about, actions);
            row.setPadding(false);
            row.setSpacing(false);
            row.addClassName("trash-entry");
            entries.add(row);
        }
    }
}
