package app.atelier.board;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Per board: the last sequence number written to its event log, and the first one still kept (older ones were
 * pruned). A hint read by id, never the allocator: a place in the sequence is taken by inserting the event itself.
 */
@Document("board_event_counters")
class EventCounter {
    @Id
    private String boardId;
    private long last;
    private long firstKept = 1;

    protected EventCounter() {
    }

    String boardId() {
        return boardId;
    }

    long last() {
        return last;
    }

    long firstKept() {
        return Math.max(1, firstKept);
    }
}
