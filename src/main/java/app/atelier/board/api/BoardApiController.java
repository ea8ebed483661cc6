package app.atelier.board.api;

import app.atelier.base.InvalidInputException;
import app.atelier.base.api.ApiExceptionHandler;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.board.NewCard;
import app.atelier.board.SessionService;
import app.atelier.board.api.BoardApiModels.BoardResponse;
import app.atelier.board.api.BoardApiModels.CardResponse;
import app.atelier.board.api.BoardApiModels.CreateBoardRequest;
import app.atelier.board.api.BoardApiModels.CreateCardRequest;
import app.atelier.board.api.BoardApiModels.LockRequest;
import app.atelier.board.api.BoardApiModels.PatchCardRequest;
import app.atelier.board.api.BoardApiModels.PhaseRequest;
import app.atelier.board.api.BoardApiModels.PresentRequest;
import app.atelier.board.api.BoardApiModels.SessionResponse;
import app.atelier.board.api.BoardApiModels.SettingsRequest;
import app.atelier.board.api.BoardApiModels.SpotlightRequest;
import org.springframework.web.bind.annotation.PutMapping;
import app.atelier.board.api.BoardApiModels.TimerRequest;
import app.atelier.security.AtelierUser;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API for integrations. Same service, same rules and same live events as the UI. */
@RestController
@RequestMapping(path = "/api/boards", produces = MediaType.APPLICATION_JSON_VALUE)
class BoardApiController {
    private final BoardService service;
    private final SessionService sessions;
    private final I18NProvider i18n;

    BoardApiController(BoardService service, SessionService sessions, I18NProvider i18n) {
        this.service = service;
        this.sessions = sessions;
        this.i18n = i18n;
    }

    @PostMapping
    ResponseEntity<BoardResponse> createBoard(@AuthenticationPrincipal AtelierUser user,
                                              @RequestBody CreateBoardRequest request, Locale locale) {
        requireBody(request);
        Locale language = request.language() == null ? ApiExceptionHandler.supported(locale)
                : Board.language(request.language());
        Board board = service.createBoard(user.actor(), request.title(), request.template(), language);
        return ResponseEntity.created(URI.create("/api/boards/" + board.getId()))
                .body(BoardApiModels.board(board, service.templateOf(board), null, i18n));
    }

    @GetMapping
    List<BoardResponse> listBoards(@AuthenticationPrincipal AtelierUser user) {
        return service.listBoards(user.actor()).stream()
                .map(b -> BoardApiModels.board(b, service.templateOf(b), null, i18n)).toList();
    }

    @GetMapping("/{boardId}")
    BoardResponse getBoard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId) {
        Board board = service.getBoard(user.actor(), boardId);
        return BoardApiModels.board(board, service.templateOf(board), service.cards(user.actor(), boardId), i18n);
    }

    @PostMapping(path = "/{boardId}/cards")
    ResponseEntity<CardResponse> addCard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                         @RequestBody CreateCardRequest request) {
        requireBody(request);
        Card card = service.addCard(user.actor(), boardId,
                new NewCard(request.zone(), request.text(), request.fields(), request.color(), request.x(), request.y()));
        return ResponseEntity.created(URI.create("/api/boards/" + boardId + "/cards/" + card.getId()))
                .body(CardResponse.of(card));
    }

    @PatchMapping(path = "/{boardId}/cards/{cardId}")
    CardResponse patchCard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                           @PathVariable String cardId, @RequestBody PatchCardRequest request) {
        requireBody(request);
        CardChanges changes = new CardChanges(request.zone(), request.text(), request.fields(), request.color(),
                request.x(), request.y());
        return CardResponse.of(service.updateCard(user.actor(), boardId, cardId, changes, request.version()));
    }

    @DeleteMapping("/{boardId}/cards/{cardId}")
    ResponseEntity<Void> deleteCard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                    @PathVariable String cardId) {
        service.deleteCard(user.actor(), boardId, cardId);
        return ResponseEntity.noContent().build();
    }

    /** Facilitators: the session's phase (one of the board's agenda). */
    @PutMapping("/{boardId}/phase")
    SessionResponse setPhase(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                             @RequestBody PhaseRequest request) {
        requireBody(request);
        Board board = sessions.setPhase(user.actor(), boardId, request.phase());
        return session(board);
    }

    /** Facilitators: private writing (off = reveal) and anonymous mode; absent fields stay as they are. */
    @PutMapping("/{boardId}/settings")
    SessionResponse settings(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                             @RequestBody SettingsRequest request) {
        requireBody(request);
        Board board = sessions.updateSettings(user.actor(), boardId, request.privateWriting(), request.anonymous());
        return session(board);
    }

    /** {@code {"action": "start" | "pause" | "reset", "seconds"?}}: the session's countdown. */
    @PutMapping("/{boardId}/timer")
    SessionResponse timer(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                          @RequestBody TimerRequest request) {
        requireBody(request);
        Board board = sessions.timer(user.actor(), boardId, request.action(), request.seconds());
        return session(board);
    }

    /** {@code {"cardId": …}} brings a card into everyone's focus; {@code {"cardId": null}} clears it. */
    @PutMapping("/{boardId}/spotlight")
    SessionResponse spotlight(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                              @RequestBody SpotlightRequest request) {
        requireBody(request);
        Board board = sessions.spotlight(user.actor(), boardId, request.cardId());
        return session(board);
    }

    /** The presenter queue: spotlight the next card of a zone (default: the first zone) and restart the timer. */
    @PostMapping("/{boardId}/present/next")
    SessionResponse presentNext(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                                @RequestBody(required = false) PresentRequest request) {
        Board current = service.getBoard(user.actor(), boardId);
        String zone = request == null || request.zone() == null
                ? service.templateOf(current).zones().getFirst().id() : request.zone();
        Board board = sessions.presentNext(user.actor(), boardId, zone, request == null ? null : request.seconds());
        return session(board);
    }

    @PutMapping("/{boardId}/lock")
    SessionResponse lockBoard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                              @RequestBody LockRequest request) {
        Board board = sessions.setBoardLocked(user.actor(), boardId, locked(request));
        return session(board);
    }

    @PutMapping("/{boardId}/zones/{zone}/lock")
    SessionResponse lockZone(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                             @PathVariable String zone, @RequestBody LockRequest request) {
        Board board = sessions.setZoneLocked(user.actor(), boardId, zone, locked(request));
        return session(board);
    }

    @PutMapping("/{boardId}/cards/{cardId}/lock")
    CardResponse lockCard(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                          @PathVariable String cardId, @RequestBody LockRequest request) {
        return CardResponse.of(sessions.setCardLocked(user.actor(), boardId, cardId, locked(request)));
    }

    private static boolean locked(LockRequest request) {
        if (request == null || request.locked() == null) {
            throw new InvalidInputException("locked", "error.json.field", "locked");
        }
        return request.locked();
    }

    private static void requireBody(Object request) {
        if (request == null) {
            throw new InvalidInputException("body", "error.json.malformed");
        }
    }

    private SessionResponse session(Board board) {
        return SessionResponse.of(board, service.templateOf(board));
    }
}
