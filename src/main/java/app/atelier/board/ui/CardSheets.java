package app.atelier.board.ui;

import app.atelier.access.Role;
import app.atelier.base.NotFoundException;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.template.ZoneDefinition;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Opens the sheet of a card (or a new card's) on one person's page, with the sections the features add, and keeps
 * the open sheet current with the board's events.
 */
final class CardSheets {
    private final BoardService service;
    private final BoardPageParts parts;
    private final BoardCanvas canvas;
    /** Read by the board's lanes too, deciding whether the page must hear a card change. */
    private volatile CardEditor open;

    CardSheets(BoardService service, BoardPageParts parts, BoardCanvas canvas) {
        this.service = service;
        this.parts = parts;
        this.canvas = canvas;
    }

    /** A card's sheet; a card the person may not read yet (private writing) or that is gone is explained. */
    void open(BoardPageContext page, String cardId) {
        try {
            Card card = service.getCard(page.viewer(), page.boardId(), cardId);
            if (card.isHidden()) {
                Notification.show(canvas.getTranslation("session.privateCard"));
                return;
            }
            ZoneDefinition zone = page.template().zone(card.getZone())
                    .orElseGet(() -> page.template().zones().getFirst());
            show(page, zone, card);
        } catch (NotFoundException e) {
            canvas.removeCard(cardId);
            Notification.show(canvas.getTranslation("card.removed"));
        }
    }

    /** An empty sheet for a new card in that zone, for those who may write. */
    void openNew(BoardPageContext page, String zoneId) {
        if (page.role() == null || !page.role().canWrite()) {
            Notification.show(canvas.getTranslation("error.access.observer"))
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        page.template().zone(zoneId).ifPresent(zone -> show(page, zone, null));
    }

    private void show(BoardPageContext page, ZoneDefinition zone, Card card) {
        Role role = page.role();
        boolean editable = role != null && (role == Role.FACILITATOR
                || (role.canWrite() && (card == null || page.viewer().id().equals(card.getAuthorId()))));
        CardEditor editor = new CardEditor(service, page.template(), page.boardId(), zone, card, page.viewer(),
                editable);
        if (card != null) {
            parts.addSectionsTo(editor, editor::addSection);
        }
        editor.addOpenedChangeListener(e -> open = e.isOpened() ? editor : null);
        editor.open();
    }

    /** An event of the board: the open sheet and its sections follow it. */
    void boardChanged(BoardEvent event) {
        if (open != null) {
            open.boardChanged(event);
        }
    }

    boolean isOpen() {
        return open != null;
    }

    /** The sheet open now, if any (tests drive it). */
    CardEditor openSheet() {
        return open;
    }
}
