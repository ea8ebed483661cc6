package app.atelier.board.ui;

import app.atelier.board.BoardEvent;
import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/** One feature's section of a card sheet: in its body (comments, groups) or among its buttons (lock, spotlight). */
@NamedInterface("page")
public interface CardSheetSection {
    Component component();

    /** Among the sheet's buttons rather than in its body. */
    default boolean inFooter() {
        return false;
    }

    /** An event of the board while the sheet is open (someone commented on the card…). */
    default void boardChanged(BoardEvent event) {
    }
}
