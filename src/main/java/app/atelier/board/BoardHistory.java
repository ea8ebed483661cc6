package app.atelier.board;

import app.atelier.board.internal.BoardEventLog;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A board's event log as the features that look back read it (its history): every change still kept, in order.
 * The log keeps at least 30 days and the last 10,000 changes of a board ({@code atelier.events.retention.*}).
 */
@Service
public class BoardHistory {
    /** One change: its place in the board's sequence, when, who (null for the system) and what. */
    public record Moment(long seq, Instant at, String actorId, BoardEvent event) {
    }

    private final BoardEventLog log;

    BoardHistory(BoardEventLog log) {
        this.log = log;
    }

    /** Every change still kept, oldest first (unfiltered: callers authorise and apply what a viewer may see). */
    public List<Moment> moments(String boardId) {
        return log.read(boardId, log.firstKept(boardId) - 1, log.last(boardId)).stream()
                .map(e -> new Moment(e.seq(), e.at(), e.actorId(), e.event())).toList();
    }
}
