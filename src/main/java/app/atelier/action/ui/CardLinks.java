package app.atelier.action.ui;

import app.atelier.action.Action;
import app.atelier.board.ui.BoardPageContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;

/** The way from an action back to the card it carries out (Parabol's users asked for it, #3170). */
final class CardLinks {
    private CardLinks() {
    }

    /** On the board page: opens the card's sheet there. */
    static Component onPage(BoardPageContext page, Action action) {
        Button open = new Button();
        open.setText(open.getTranslation("action.openCard"));
        open.addClickListener(e -> page.openCard(action.cardId()));
        open.addThemeVariants(ButtonVariant.TERTIARY);
        open.addClassName("action-card-link");
        return open;
    }

    /** Elsewhere: the board, opened on the card's sheet. */
    static Component toBoard(Action action, String boardTitle) {
        Anchor link = new Anchor("boards/" + action.boardId() + "?card=" + action.cardId(), boardTitle);
        link.addClassName("action-card-link");
        return link;
    }
}
