package app.atelier.undo.api;

import app.atelier.security.AtelierUser;
import app.atelier.undo.UndoService;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Undo and redo of the caller's own last changes on a board. */
@RestController
@RequestMapping(path = "/api/boards/{boardId}", produces = MediaType.APPLICATION_JSON_VALUE)
class UndoApiController {
    record Touched(String cardId) {
    }

    private final UndoService undo;

    UndoApiController(UndoService undo) {
        this.undo = undo;
    }

    /** {@code 200 {"cardId"}}: the card the undone change touched; {@code 409} nothing to undo, or it changed since. */
    @PostMapping("/undo")
    Touched undo(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return new Touched(undo.undo(user.actor(), boardId));
    }

    @PostMapping("/redo")
    Touched redo(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return new Touched(undo.redo(user.actor(), boardId));
    }
}
