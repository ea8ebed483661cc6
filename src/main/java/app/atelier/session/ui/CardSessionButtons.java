package app.atelier.session.ui;

import app.atelier.board.Card;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.CardSheet;
import app.atelier.board.ui.CardSheetSection;
import app.atelier.session.SessionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A facilitator's buttons in a card's sheet: lock or unlock it, bring it into everyone's focus or release it. */
class CardSessionButtons extends HorizontalLayout implements CardSheetSection {
    final Button lock = new Button();
    final Button spotlight = new Button();

    CardSessionButtons(SessionService sessions, BoardPageContext page, CardSheet sheet) {
        Card card = sheet.card();
        boolean spotlit = card.getId().equals(page.session().getSpotlightCardId());
        setPadding(false);
        lock.setId("card-lock");
        lock.setText(getTranslation(card.isLocked() ? "card.unlock" : "card.lock"));
        lock.addClickListener(e -> page.act(() -> {
            sessions.setCardLocked(page.viewer(), page.boardId(), card.getId(), !card.isLocked());
            sheet.close();
        }));
        spotlight.setId("card-spotlight");
        spotlight.setText(getTranslation(spotlit ? "spotlight.clear" : "spotlight.set"));
        spotlight.addClickListener(e -> page.act(() -> {
            sessions.spotlight(page.viewer(), page.boardId(), spotlit ? null : card.getId());
            sheet.close();
        }));
        add(lock, spotlight);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean inFooter() {
        return true;
    }
}
