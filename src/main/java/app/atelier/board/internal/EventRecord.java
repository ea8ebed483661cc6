package app.atelier.board.internal;

import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.Card;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of a board's event log: the change itself (the card's or the session's new state), who made it and
 * when, at its place {@code seq} in the board's sequence. Its id is {@code boardId:seq}, so "the next event of
 * this board" is a lookup by id on any MongoDB, embedded or real, and two writers cannot take the same place.
 */
@Document("board_events")
@CompoundIndex(name = "board_seq", def = "{'boardId': 1, 'seq': 1}", unique = true)
public class EventRecord {
    static final String CARD = "card";
    static final String CARD_DELETED = "card.deleted";
    static final String COMMENTS = "comments";
    static final String SESSION = "session";
    static final String ACCESS = "access";
    static final String PLAN = "action";
    static final String IDEA = "idea";

    @Id
    private String id;
    private String boardId;
    private long seq;
    private String type;
    private Instant at;
    /** Who made the change (null for changes the system makes, e.g. a recount). */
    private String actorId;
    private String cardId;
    /** Which append wrote it (unique per append): how a writer tells its own event from another node's. */
    private String origin;
    private String memberId;
    private String actionId;
    private String ideaId;
    /**
     * The card's or the session's new state, as the store holds it. Kept as plain documents so the indexes the
     * entities declare are not made again inside the log.
     */
    private org.bson.Document card;
    private org.bson.Document board;

    protected EventRecord() {
    }

    public static String id(String boardId, long seq) {
        return boardId + ":" + seq;
    }

    public static EventRecord of(long seq, BoardEvent event, String actorId, Instant at, MongoConverter converter) {
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
                record.card = document(saved.card(), converter);
            }
            case BoardEvent.CardDeleted deleted -> {
                record.type = CARD_DELETED;
                record.cardId = deleted.cardId();
            }
            case BoardEvent.CommentsChanged comments -> {
                record.type = COMMENTS;
                record.cardId = comments.cardId();
            }
            case BoardEvent.AccessChanged access -> {
                record.type = ACCESS;
                record.memberId = access.memberId();
            }
            case BoardEvent.PlanChanged plan -> {
                record.type = PLAN;
                record.actionId = plan.actionId();
            }
            case BoardEvent.IdeaChanged idea -> {
                record.type = IDEA;
                record.ideaId = idea.ideaId();
            }
            case BoardEvent.SessionChanged session -> {
                record.type = SESSION;
                record.board = document(session.board(), converter);
            }
        }
        return record;
    }

    /** What stays in the log in place of a card's state while its capsule is sealed: that card's deletion. */
    static org.bson.Document sealedStandIn(org.bson.Document entry) {
        org.bson.Document standIn = new org.bson.Document(entry);
        standIn.remove("card");
        standIn.put("type", CARD_DELETED);
        return standIn;
    }

    private static org.bson.Document document(Object entity, MongoConverter converter) {
        org.bson.Document document = new org.bson.Document();
        converter.write(entity, document);
        return document;
    }

    public BoardEvent event(MongoConverter converter) {
        return switch (type) {
            case CARD -> new BoardEvent.CardSaved(boardId, converter.read(Card.class, card));
            case CARD_DELETED -> new BoardEvent.CardDeleted(boardId, cardId);
            case COMMENTS -> new BoardEvent.CommentsChanged(boardId, cardId);
            case ACCESS -> new BoardEvent.AccessChanged(boardId, memberId);
            case PLAN -> new BoardEvent.PlanChanged(boardId, actionId);
            case IDEA -> new BoardEvent.IdeaChanged(boardId, ideaId);
            case SESSION -> new BoardEvent.SessionChanged(boardId, converter.read(Board.class, board));
            default -> throw new IllegalStateException("Unknown event type " + type + " in " + id);
        };
    }

    public BoardEventLog.Entry entry(MongoConverter converter) {
        return new BoardEventLog.Entry(seq, event(converter), actorId, at);
    }

    public String boardId() {
        return boardId;
    }

    public long seq() {
        return seq;
    }

    /** This record, marked as written by the append {@code origin}. */
    EventRecord from(String origin) {
        this.origin = origin;
        return this;
    }

    public String origin() {
        return origin;
    }

    public String id() {
        return id;
    }

    public String actorId() {
        return actorId;
    }

    public Instant at() {
        return at;
    }
}
