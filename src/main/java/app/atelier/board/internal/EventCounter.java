package app.atelier.board.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Per board: the last sequence number written to its event log, and the first one still kept (older ones were
 * pruned). A hint read by id, never the allocator: a place in the sequence is taken by inserting the event itself.
 */
@Document("board_event_counters")
public class EventCounter {
    @Id
    private String boardId;
    private long last;
    private long firstKept = 1;

    protected EventCounter() {
    }

    public String boardId() {
        return boardId;
    }

    public long last() {
        return last;
    }

    public long firstKept() {
        return Math.max(1, firstKept);
    }
}
