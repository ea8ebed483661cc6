package app.atelier.board;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of a board's event log: the change itself (the card's or the session's new state), who made it and
 * when, at its place {@code seq} in the board's sequence. Its id is {@code boardId:seq}, so "the next event of
 * this board" is a lookup by id on any MongoDB, embedded or real, and two writers cannot take the same place.
 */
@Document("board_events")
@CompoundIndex(name = "board_seq", def = "{'boardId': 1, 'seq': 1}", unique = true)
class EventRecord {
    static final String CARD = "card";
    static final String CARD_DELETED = "card.deleted";
    static final String COMMENTS = "comments";
    static final String SESSION = "session";

    @Id
    private String id;
    private String boardId;
    private long seq;
    private String type;
    private Instant at;
    /** Who made the change (null for changes the system makes, e.g. a recount). */
    private String actorId;
    private String cardId;
    private Card card;
    private Board board;

    protected EventRecord() {
    }

    static String id(String boardId, long seq) {
        return boardId + ":" + seq;
    }

    static EventRecord of(long seq, BoardEvent event, String actorId, Instant at) {
        EventRecord record = new EventRecord();
        record.id = id(event.boardId(), seq);
        record.boardId = event.boardId();
        record.seq = seq;
        record.at = at;
        record.actorId = actorId;
        switch (event) {
            case BoardEvent.CardSaved saved -> {
                record.type = CARD;
                record.cardId = saved.card().getId();
                record.card = saved.card();
            }
            case BoardEvent.CardDeleted deleted -> {
                record.type = CARD_DELETED;
                record.cardId = deleted.cardId();
            }
            case BoardEvent.CommentsChanged comments -> {
                record.type = COMMENTS;
                record.cardId = comments.cardId();
            }
            case BoardEvent.SessionChanged session -> {
                record.type = SESSION;
                record.board = session.board();
            }
        }
        return record;
    }

    BoardEvent event() {
        return switch (type) {
            case CARD -> new BoardEvent.CardSaved(boardId, card);
            case CARD_DELETED -> new BoardEvent.CardDeleted(boardId, cardId);
            case COMMENTS -> new BoardEvent.CommentsChanged(boardId, cardId);
            case SESSION -> new BoardEvent.SessionChanged(boardId, board);
            default -> throw new IllegalStateException("Unknown event type " + type + " in " + id);
        };
    }

    BoardEventLog.Entry entry() {
        return new BoardEventLog.Entry(seq, event(), actorId, at);
    }

    String boardId() {
        return boardId;
    }

    long seq() {
        return seq;
    }

    Instant at() {
        return at;
    }
}
