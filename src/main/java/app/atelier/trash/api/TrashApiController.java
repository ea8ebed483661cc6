package app.atelier.trash.api;

import app.atelier.board.api.CardResponse;
import app.atelier.security.AtelierUser;
import app.atelier.trash.TrashService;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The board's trash over the API: what is in it, bringing a card back, purging for good. */
@RestController
@RequestMapping(path = "/api/boards/{boardId}/trash", produces = MediaType.APPLICATION_JSON_VALUE)
class TrashApiController {
    record EntryResponse(CardResponse card, @Nullable String deletedBy, Instant deletedAt, Instant keptUntil,
                         boolean mayRestore) {
    }

    private final TrashService trash;

    TrashApiController(TrashService trash) {
        this.trash = trash;
    }

    @GetMapping
    List<EntryResponse> list(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        return trash.list(user.actor(), boardId).stream().map(e -> new EntryResponse(CardResponse.of(e.card()),
                e.deletedBy(), e.deletedAt(), e.keptUntil(), e.mayRestore())).toList();
    }

    /** Brings the card back for everyone (its author or a facilitator): the card, as on the board. */
    @PostMapping("/{cardId}/restore")
    CardResponse restore(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                         @PathVariable String cardId) {
        return CardResponse.of(trash.restore(user.actor(), boardId, cardId));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{cardId}")
    ResponseEntity<Void> purge(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                               @PathVariable String cardId) {
        trash.purge(user.actor(), boardId, cardId);
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping
    ResponseEntity<Void> empty(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        trash.empty(user.actor(), boardId);
        return ResponseEntity.noContent().build();
    }
}
