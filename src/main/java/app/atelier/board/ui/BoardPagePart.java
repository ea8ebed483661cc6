package app.atelier.board.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Function;
import org.springframework.modulith.NamedInterface;

/** One feature's part of one person's board page. Every method but {@link #component} is optional. */
@NamedInterface("page")
public interface BoardPagePart {
    /** Where the part's component goes. */
    @NamedInterface("page")
    enum Place {
        /** In the header bar, after the title. */
        HEADER,
        /** In the facilitators' row under the header (shown only to facilitators). */
        TOOLS,
        /** Under the header, above the canvas. */
        BELOW
    }

    /** A part that only adds sections to the card sheets (nothing on the page itself). */
    static BoardPagePart sheetSections(Function<CardSheet, List<CardSheetSection>> sections) {
        return new BoardPagePart() {
            @Override
            public Component component() {
                return null;
            }

            @Override
            public List<CardSheetSection> sectionsFor(CardSheet sheet) {
                return sections.apply(sheet);
            }
        };
    }

    /** The part's component on the page, or null for a part that only adds to the card sheet or handles gestures. */
    Component component();

    default Place place() {
        return Place.BELOW;
    }

    /**
     * The viewer's role (null once they lost access) and the session as it is now: called when the page is shown,
     * when the role changes and after every session change, so it must not read the store.
     */
    default void show(Role role, Board session) {
    }

    /**
     * A feature's own item changed, as the board's events tell it: an action of the plan
     * ({@link BoardEvent.PlanChanged}) or a crowd's idea ({@link BoardEvent.IdeaChanged}).
     */
    default void itemChanged(BoardEvent event) {
    }

    /** The browser's canvas (re)connected: reload what is the viewer's own (their ballot), once. */
    default void reconnected() {
    }

    /** A gesture on the canvas that the board itself does not handle (a dot, a zone's lock). */
    default void gesture(CanvasGesture gesture) {
    }

    /** Sections this feature adds to the sheet of an existing card the viewer may see. */
    default List<CardSheetSection> sectionsFor(CardSheet sheet) {
        return List.of();
    }
}
