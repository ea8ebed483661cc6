package app.atelier.crowd.ui;

import app.atelier.base.LocalizedException;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.crowd.CrowdIdea;
import app.atelier.crowd.CrowdService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/**
 * The ideas waiting for a moderator, oldest first: approve one (it goes on the board), merge it into a card that says
 * the same (the card gets a "+1") or reject it (its phone is told).
 */
class ModerationDialog extends Dialog {
    final Div ideas = new Div();
    private final CrowdService crowd;
    private final BoardService boards;
    private final BoardPageContext page;

    ModerationDialog(CrowdService crowd, BoardService boards, BoardPageContext page) {
        this.crowd = crowd;
        this.boards = boards;
        this.page = page;
        ideas.setId("crowd-ideas");
        setWidth("min(48rem, 95vw)");
        add(ideas);
        getFooter().add(new Button(getTranslation("trash.close"), e -> close()));
        refresh();
    }

    void refresh() {
        ideas.removeAll();
        List<CrowdService.Waiting> waiting = crowd.queueWithLookAlikes(page.viewer(), page.boardId());
        setHeaderTitle(getTranslation("crowd.queue", waiting.size()));
        if (waiting.isEmpty()) {
            ideas.add(new Paragraph(getTranslation("crowd.queue.empty")));
            return;
        }
        List<Card> cards = boards.cards(page.viewer(), page.boardId()).stream().filter(c -> !c.isHidden()).toList();
        for (CrowdService.Waiting idea : waiting) {
            ideas.add(row(idea, cards));
        }
    }

    private Div row(CrowdService.Waiting waiting, List<Card> cards) {
        CrowdIdea idea = waiting.idea();
        Div row = new Div();
        row.addClassName("crowd-idea");
        row.setId("crowd-idea-" + idea.id());
        Span text = new Span(idea.text()); // the crowd's words, as text
        Span who = new Span(idea.name() == null || page.session().isAnonymous() ? "" : " · " + idea.name());
        Button approve = new Button(getTranslation("crowd.approve"), e -> decide(() ->
                crowd.approve(page.viewer(), page.boardId(), idea.id())));
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        approve.addClassName("crowd-approve");
        Button reject = new Button(getTranslation("crowd.reject"), e -> decide(() ->
                crowd.reject(page.viewer(), page.boardId(), idea.id())));
        reject.addThemeVariants(ButtonVariant.SMALL);
        reject.addClassName("crowd-reject");
        Select<Card> into = new Select<>();
        into.setPlaceholder(getTranslation("crowd.merge"));
        into.setItems(cards);
        into.setItemLabelGenerator(c -> c == null ? "" : c.getText());
        into.addClassName("crowd-merge");
        into.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                decide(() -> crowd.merge(page.viewer(), page.boardId(), idea.id(), e.getValue().getId()));
            }
        });
        HorizontalLayout actions = new HorizontalLayout(approve, reject, into);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.add(new Paragraph(text, who), actions);
        if (waiting.alike() > 0) {
            Paragraph alike = new Paragraph(getTranslation("crowd.alike", waiting.alike()));
            alike.addClassName("crowd-alike");
            row.add(alike);
        }
        for (Card card : waiting.looksLike()) { // suggestions: the facilitator decides
            Button merge = new Button(getTranslation("crowd.looksLike", card.getText()), e -> decide(() ->
                    crowd.merge(page.viewer(), page.boardId(), idea.id(), card.getId())));
            merge.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            merge.addClassName("crowd-looks-like");
            row.add(merge);
        }
        return row;
    }

    private void decide(Runnable decision) {
        try {
            decision.run();
        } catch (LocalizedException e) {
            Notification.show(getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.ERROR);
        }
        refresh();
    }
}
