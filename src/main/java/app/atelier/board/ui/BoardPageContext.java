package app.atelier.board.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.security.Actor;
import app.atelier.template.BoardTemplate;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** One person's open board page, as the features' parts see it. */
@NamedInterface("page")
public interface BoardPageContext {
    String boardId();

    Actor viewer();

    /** The viewer's role now, or null once they lost access. */
    Role role();

    /** The session as this page has it now (current with the board's events). */
    Board session();

    BoardTemplate template();

    /** Runs one of the viewer's commands; a refusal is shown to them, never swallowed. */
    void act(Runnable command);

    /** Opens a card's sheet on this page (a card gone or not readable yet is explained instead). */
    void openCard(String cardId);

    /** The viewer's own dots in the open round, read when the page (re)connects: sent with the board. */
    void ownDotsLoaded(Map<String, Integer> dots);

    /** The viewer's own dots changed (they voted): their canvas shows them on the cards now. */
    void showOwnDots(Map<String, Integer> dots);
}
