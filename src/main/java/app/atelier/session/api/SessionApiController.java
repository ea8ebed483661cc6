package app.atelier.session.api;

import app.atelier.base.InvalidInputException;
import app.atelier.base.api.RequestBodies;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.api.CardResponse;
import app.atelier.board.api.SessionResponse;
import app.atelier.security.AtelierUser;
import app.atelier.session.SessionService;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The facilitator's steering of a session over the API: phase, settings, countdown, spotlight, presenter, locks. */
@RestController
@RequestMapping(path = "/api/boards", produces = MediaType.APPLICATION_JSON_VALUE)
class SessionApiController {
    record PhaseRequest(String phase) {
    }

    record SettingsRequest(Boolean privateWriting, Boolean anonymous) {
    }

    record TimerRequest(String action, Integer seconds) {
    }

    record SpotlightRequest(String cardId) {
    }

    record PresentRequest(String zone, Integer seconds) {
    }

    record LockRequest(Boolean locked) {
    }

    private final BoardService service;
    private final SessionService sessions;

    SessionApiController(BoardService service, SessionService sessions) {
        this.service = service;
        this.sessions = sessions;
    }

    /** Facilitators: the session's phase (one of the board's agenda). */
    @PutMapping("/{boardId}/phase")
    SessionResponse setPhase(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                             @RequestBody PhaseRequest request) {
        RequestBodies.require(request);
        Board board = sessions.setPhase(user.actor(), boardId, request.phase());
        return session(board);
    }

    /** Facilitators: private writing (off = reveal) and anonymous mode; absent fields stay as they are. */
    @PutMapping("/{boardId}/settings")
    SessionResponse settings(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                             @RequestBody SettingsRequest request) {
        RequestBodies.require(request);
        Board board = sessions.updateSettings(user.actor(), boardId, request.privateWriting(), request.anonymous());
        return session(board);
    }

    /** {@code {"action": "start" | "pause" | "reset", "seconds"?}}: the session's countdown. */
    @PutMapping("/{boardId}/timer")
    SessionResponse timer(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                          @RequestBody TimerRequest request) {
        RequestBodies.require(request);
        Board board = sessions.timer(user.actor(), boardId, request.action(), request.seconds());
        return session(board);
    }

    /** {@code {"cardId": …}} brings a card into everyone's focus; {@code {"cardId": null}} clears it. */
    @PutMapping("/{boardId}/spotlight")
    SessionResponse spotlight(@AuthenticationPrincipal AtelierUser user, @PathVariable String boardId,
                              @RequestBody SpotlightRequest request) {
        RequestBodies.require(request);
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

    private SessionResponse session(Board board) {
        return SessionResponse.of(board, service.templateOf(board));
    }
}
