package app.atelier.board.ui;

import app.atelier.access.Role;
import app.atelier.base.LocalizedException;
import app.atelier.board.Board;
import app.atelier.security.Actor;
import app.atelier.template.BoardTemplate;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/**
 * What one person's board page knows: who they are, their role, the session as its events left it, their own dots.
 * The view keeps it current; the features' parts read it through {@link BoardPageContext}.
 */
final class BoardPageState implements BoardPageContext {
    private final BoardCanvas canvas;
    Actor actor;
    Role role;
    Board board;
    BoardTemplate template;
    Map<String, Integer> ownDots = Map.of();
    /** Set by the view: the page's card sheets. */
    CardSheets sheets;

    BoardPageState(BoardCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    public String boardId() {
        return board.getId();
    }

    @Override
    public Actor viewer() {
        return actor;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public Board session() {
        return board;
    }

    @Override
    public BoardTemplate template() {
        return template;
    }

    @Override
    public void act(Runnable command) {
        try {
            command.run();
        } catch (LocalizedException e) {
            showError(e);
        }
    }

    @Override
    public void openCard(String cardId) {
        sheets.open(this, cardId);
    }

    @Override
    public void ownDotsLoaded(Map<String, Integer> dots) {
        ownDots = dots;
    }

    @Override
    public void showOwnDots(Map<String, Integer> dots) {
        ownDots = dots;
        canvas.showSession(board, ownDots, actor.id());
    }

    /** A refusal, explained to the person in their language; never swallowed. */
    void showError(LocalizedException e) {
        Notification.show(canvas.getTranslation(e.messageKey(), e.args())).addThemeVariants(NotificationVariant.ERROR);
    }
}
