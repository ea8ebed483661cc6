package app.atelier.undo.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.PartForRoles;
import app.atelier.undo.UndoService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Undo and redo for those who change cards (facilitators and participants). */
@Component
@Order(5)
class UndoContribution implements BoardPageContribution {
    private final UndoService undo;

    UndoContribution(UndoService undo) {
        this.undo = undo;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return new PartForRoles<>(BoardPagePart.Place.HEADER, role -> role.canWrite(),
                () -> new UndoButtons(undo, page), (buttons, session) -> buttons.setVisible(!session.isSealed()));
    }
}
