package app.atelier.history;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardHistory;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardVisibility;
import app.atelier.security.Actor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * A board's history, for its facilitators, replayed from the event log: each change as a line (who, what, when), and
 * the board as it was after any of them. Anonymity holds (no names on an anonymous board); a sealed capsule has no
 * history to show until it opens.
 */
@Service
public class HistoryService {
    private final BoardService boards;
    private final BoardHistory log;
    private final AccessService access;

    HistoryService(BoardService boards, BoardHistory log, AccessService access) {
        this.boards = boards;
        this.log = log;
        this.access = access;
    }

    /** The board after a change: its phase and its cards then, in posting order. */
    public record Moment(long seq, String phase, List<Card> cards) {
    }

    /** Every change still in the log, oldest first. */
    public List<Change> changes(Actor facilitator, String boardId) {
        Board board = readable(facilitator, boardId);
        List<BoardHistory.Moment> moments = log.moments(boardId);
        Map<String, String> names = names(facilitator, boardId, board, moments);
        List<Change> changes = new ArrayList<>();
        Replay replay = new Replay();
        for (BoardHistory.Moment moment : moments) {
            Change change = replay.apply(moment, board.isAnonymous() || moment.actorId() == null ? null
                    : names.getOrDefault(moment.actorId(), "?"));
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    /** The board as it was right after change {@code seq} (or as the log first had it, before any). */
    public Moment at(Actor facilitator, String boardId, long seq) {
        Board board = readable(facilitator, boardId);
        Replay replay = new Replay();
        log.moments(boardId).stream().takeWhile(m -> m.seq() <= seq).forEach(m -> replay.apply(m, null));
        List<Card> cards = replay.cards.values().stream()
                .map(c -> CardVisibility.forViewer(c, board, facilitator, Role.FACILITATOR)).toList();
        return new Moment(seq, replay.phase, cards);
    }

    private Board readable(Actor facilitator, String boardId) {
        access.requireFacilitator(facilitator, boardId);
        Board board = boards.getBoard(facilitator, boardId);
        if (board.isSealed()) {
            throw BoardService.sealed(board);
        }
        return board;
    }

    /** Who is who: members' names, and for those who left, the name on a card they wrote. */
    private Map<String, String> names(Actor facilitator, String boardId, Board board,
                                      List<BoardHistory.Moment> moments) {
        Map<String, String> names = new HashMap<>();
        if (board.isAnonymous()) {
            return names;
        }
        for (BoardHistory.Moment moment : moments) {
            if (moment.event() instanceof BoardEvent.CardSaved saved && saved.card().getAuthorId() != null) {
                names.putIfAbsent(saved.card().getAuthorId(), saved.card().getAuthor());
            }
        }
        access.members(facilitator, boardId).forEach(m -> names.put(m.getMemberId(), m.getMemberName()));
        return names;
    }

    /** The board's cards and phase as the log is read forward. */
    private static final class Replay {
        final Map<String, Card> cards = new LinkedHashMap<>();
        String phase;

        Change apply(BoardHistory.Moment moment, String who) {
            return switch (moment.event()) {
                case BoardEvent.CardSaved saved -> {
                    Card before = cards.put(saved.card().getId(), saved.card());
                    Card after = saved.card();
                    Change.Kind kind = before == null ? Change.Kind.ADDED
                            : sameContent(before, after) ? (samePlace(before, after) ? null : Change.Kind.MOVED)
                            : Change.Kind.EDITED;
                    yield kind == null ? null
                            : new Change(moment.seq(), moment.at(), who, kind, after.getId(), after.getZone(),
                            after.getText());
                }
                case BoardEvent.CardDeleted deleted -> {
                    Card gone = cards.remove(deleted.cardId());
                    yield gone == null ? null : new Change(moment.seq(), moment.at(), who, Change.Kind.DELETED,
                            gone.getId(), gone.getZone(), gone.getText());
                }
                case BoardEvent.CommentsChanged comments -> {
                    Card card = cards.get(comments.cardId());
                    yield card == null ? null : new Change(moment.seq(), moment.at(), who, Change.Kind.COMMENTED,
                            card.getId(), card.getZone(), card.getText());
                }
                case BoardEvent.SessionChanged session -> {
                    String next = session.board().getPhase().id();
                    boolean phaseChanged = !next.equals(phase);
                    phase = next;
                    yield new Change(moment.seq(), moment.at(), who, phaseChanged ? Change.Kind.PHASE
                            : Change.Kind.SESSION, null, null, phaseChanged ? next : null);
                }
                case BoardEvent.AccessChanged access -> null;
                case BoardEvent.PlanChanged plan -> null; // the plan tells its own story: each action's check-ins
                case BoardEvent.IdeaChanged idea -> null; // an idea that reaches the board does so as a card
            };
        }

        private static boolean sameContent(Card a, Card b) {
            return Objects.equals(a.getText(), b.getText()) && a.getFields().equals(b.getFields())
                    && Objects.equals(a.getColor(), b.getColor());
        }

        private static boolean samePlace(Card a, Card b) {
            return a.getZone().equals(b.getZone()) && a.getX() == b.getX() && a.getY() == b.getY();
        }
    }
}
