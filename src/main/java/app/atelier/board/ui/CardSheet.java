package app.atelier.board.ui;

import app.atelier.board.Card;
import org.springframework.modulith.NamedInterface;

/** An open card sheet, as the sections features add to it see it. */
@NamedInterface("page")
public interface CardSheet {
    /** The card as the viewer may see it, as it was when the sheet opened. */
    Card card();

    /** Whether the viewer may change the card (its author or a facilitator): what its sections offer follows. */
    boolean editable();

    /** Closes the sheet (after a command whose result shows on the board). */
    void close();
}
