package app.atelier.board.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.ui.BoardPagePart.Place;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The features' parts of one person's board page: built once per board and person, placed in the header, the
 * facilitators' row or under the header, and told of role and session changes.
 */
final class BoardPageParts {
    private final List<BoardPageContribution> contributions;
    private List<BoardPagePart> parts = List.of();
    private String boardId;

    BoardPageParts(List<BoardPageContribution> contributions) {
        this.contributions = contributions;
    }

    /** Builds the parts for this board (again only when the page shows another board) and adds them in place. */
    void buildFor(BoardPageContext page, Map<Place, Consumer<Component>> places) {
        if (page.boardId().equals(boardId)) {
            return;
        }
        parts.stream().map(BoardPagePart::component).filter(c -> c != null).forEach(Component::removeFromParent);
        parts = contributions.stream().map(c -> c.partFor(page)).toList();
        parts.stream().filter(p -> p.component() != null).forEach(p -> places.get(p.place()).accept(p.component()));
        boardId = page.boardId();
    }

    void show(Role role, Board session) {
        parts.forEach(part -> part.show(role, session));
    }

    /** A change to a feature's own item (an action of the plan, a crowd's idea) that the parts may show. */
    void itemChanged(BoardEvent event) {
        parts.forEach(part -> part.itemChanged(event));
    }

    void reconnected() {
        parts.forEach(BoardPagePart::reconnected);
    }

    void gesture(CanvasGesture gesture) {
        parts.forEach(part -> part.gesture(gesture));
    }

    void addSectionsTo(CardSheet sheet, Consumer<CardSheetSection> add) {
        parts.forEach(part -> part.sectionsFor(sheet).forEach(add));
    }
}
