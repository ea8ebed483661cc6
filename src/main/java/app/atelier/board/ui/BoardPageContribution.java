package app.atelier.board.ui;

import app.atelier.security.Actor;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * What a feature built on boards adds to the board page (exports today): the page asks every contribution for its
 * part when someone opens a board, and knows none of them. A Spring bean; several are shown in {@code @Order}.
 */
@NamedInterface("page")
public interface BoardPageContribution {
    /** This person's part of the page, built lazily: most people on a big board never see most parts. */
    BoardPagePart partFor(String boardId, Locale language, Actor viewer);
}
