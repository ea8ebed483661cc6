package app.atelier.board.ui;

import org.springframework.modulith.NamedInterface;

/**
 * What a feature built on boards adds to the board page (the session's steering, the vote, the priorities, the
 * discussion, the exports): the page asks every contribution for its part when someone opens a board, and knows
 * none of them. A Spring bean; parts in the same place are shown in the beans' {@code @Order}.
 */
@NamedInterface("page")
public interface BoardPageContribution {
    /** This person's part of the page. Keep it light: a thousand people may have the board open. */
    BoardPagePart partFor(BoardPageContext page);
}
