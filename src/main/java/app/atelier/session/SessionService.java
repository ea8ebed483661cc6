package app.atelier.session;

import app.atelier.access.AccessService;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.Card;
import app.atelier.board.CardRules;
import app.atelier.board.Phase;
import app.atelier.board.TimerState;
import app.atelier.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The session, steered by facilitators: the phase, private writing and anonymity, the countdown, the spotlight and
 * the presenter queue, locks. Each change goes through {@link BoardService#changeSession} (or
 * {@link BoardService#changeCard} for a card's lock), so it is persisted and told to every page like any other.
 */
@Service
public class SessionService {
    private final BoardService boards;
    private final BoardWrites writes;
    private final AccessService access;
    private final Clock clock;

    SessionService(BoardService boards, BoardWrites writes, AccessService access, Clock clock) {
        this.boards = boards;
        this.writes = writes;
        this.access = access;
        this.clock = clock;
    }

    /** Moves the session to a phase of the template's agenda. */
    public Board setPhase(Actor actor, String boardId, String phaseId) {
        access.requireFacilitator(actor, boardId);
        Phase phase = CardRules.phase(boards.templateOf(writes.board(boardId)), phaseId);
        return writes.changeSession(actor, boardId, new Update().set("phase", phase));
    }

    /**
     * Private writing on or off (off is the reveal: everyone sees every card at once) and anonymous mode;
     * {@code null} leaves a setting as it is.
     */
    public Board updateSettings(Actor actor, String boardId, Boolean privateWriting, Boolean anonymous) {
        access.requireFacilitator(actor, boardId);
        Update update = new Update();
        if (privateWriting != null) {
            update.set("privateWriting", privateWriting);
        }
        if (anonymous != null) {
            update.set("anonymous", anonymous);
        }
        return update.getUpdateObject().isEmpty() ? writes.board(boardId) : writes.changeSession(actor, boardId, update);
    }

    /** The countdown: {@code start}, {@code pause}, or {@code reset} to {@code seconds} (default 5 minutes). */
    public Board timer(Actor actor, String boardId, String action, Integer seconds) {
        access.requireFacilitator(actor, boardId);
        TimerState timer = writes.board(boardId).getTimer();
        TimerState next = switch (action == null ? "" : action) {
            case "start" -> timer.start(clock.instant());
            case "pause" -> timer.pause(clock.instant());
            case "reset" -> TimerState.reset(duration(seconds));
            default -> throw new InvalidInputException("action", "error.timer.action");
        };
        return writes.changeSession(actor, boardId, new Update().set("timer", next));
    }

    private static Duration duration(Integer seconds) {
        if (seconds == null) {
            return TimerState.DEFAULT;
        }
        if (seconds < 1 || seconds > TimerState.MAX.toSeconds()) {
            throw new InvalidInputException("seconds", "error.timer.seconds", TimerState.MAX.toMinutes());
        }
        return Duration.ofSeconds(seconds);
    }

    /** Brings a card into everyone's focus ({@code null} clears the spotlight). */
    public Board spotlight(Actor actor, String boardId, String cardId) {
        access.requireFacilitator(actor, boardId);
        if (cardId != null && !writes.hasCard(boardId, cardId)) {
            throw new NotFoundException("error.card.notFound", cardId);
        }
        return writes.changeSession(actor, boardId, cardId == null ? new Update().unset("spotlightCardId")
                : new Update().set("spotlightCardId", cardId));
    }

    /**
     * The presenter queue of the present phase: spotlights the next card of the zone presented (the Mur des Fails'
     * fails, in the order they were posted) and restarts the countdown for its slot (default 5 minutes).
     */
    public Board presentNext(Actor actor, String boardId, String zoneId, Integer slotSeconds) {
        access.requireFacilitator(actor, boardId);
        Board board = writes.board(boardId);
        String zone = CardRules.zone(boards.templateOf(board), zoneId).id();
        List<Card> queue = boards.cards(actor, boardId).stream().filter(c -> c.getZone().equals(zone)).toList();
        if (queue.isEmpty()) {
            throw new InvalidInputException("zone", "error.present.empty");
        }
        int current = queue.stream().map(Card::getId).toList().indexOf(board.getSpotlightCardId());
        Card next = queue.get((current + 1) % queue.size());
        return writes.changeSession(actor, boardId, new Update().set("spotlightCardId", next.getId())
                .set("timer", TimerState.reset(duration(slotSeconds)).start(clock.instant())));
    }

    public Board setBoardLocked(Actor actor, String boardId, boolean locked) {
        access.requireFacilitator(actor, boardId);
        return writes.changeSession(actor, boardId, new Update().set("locked", locked));
    }

    public Board setZoneLocked(Actor actor, String boardId, String zoneId, boolean locked) {
        access.requireFacilitator(actor, boardId);
        String zone = CardRules.zone(boards.templateOf(writes.board(boardId)), zoneId).id();
        Update update = new Update();
        if (locked) {
            update.addToSet("lockedZones", zone);
        } else {
            update.pull("lockedZones", zone);
        }
        return writes.changeSession(actor, boardId, update);
    }

    public Card setCardLocked(Actor actor, String boardId, String cardId, boolean locked) {
        access.requireFacilitator(actor, boardId);
        return writes.changeCard(actor, boardId, cardId, new Update().set("locked", locked));
    }
}
