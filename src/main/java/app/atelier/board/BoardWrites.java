package app.atelier.board;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.base.NotFoundException;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.board.internal.BoardRepository;
import app.atelier.board.internal.CardRepository;
import app.atelier.board.internal.LiveBoards;
import app.atelier.security.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The one write path for what the features built on a board keep on its cards and in its session (dots, decisions,
 * places, groups, evidence, comment counts, locks, the phase, the countdown…): each change bumps a version, is
 * persisted and told to every open page and node, like a card edit. Callers authorise and validate first; the
 * board module knows none of them.
 */
@Service
public class BoardWrites {
    private final BoardRepository boards;
    private final CardRepository cards;
    private final MongoTemplate mongo;
    private final BoardEventBus events;
    private final LiveBoards live;
    private final AccessService access;
    private final Clock clock;

    BoardWrites(BoardRepository boards, CardRepository cards, MongoTemplate mongo, BoardEventBus events,
                LiveBoards live, AccessService access, Clock clock) {
        this.boards = boards;
        this.cards = cards;
        this.mongo = mongo;
        this.events = events;
        this.live = live;
        this.access = access;
        this.clock = clock;
    }

    /** The board as stored: what a change is checked against. */
    public Board board(String boardId) {
        return boards.findById(boardId).orElseThrow(() -> new NotFoundException("error.board.notFound", boardId));
    }

    /** Whether the card exists on that board (read by id: a count would scan the embedded store). */
    public boolean hasCard(String boardId, String cardId) {
        return cardId != null && storedCard(boardId, cardId).isPresent();
    }

    /** The stored card's version, if the card is on that board: what an undo checks nobody changed since. */
    public Optional<Long> versionOf(String boardId, String cardId) {
        return cardId == null ? Optional.empty() : storedCard(boardId, cardId).map(Card::getVersion);
    }

    /** The card as stored, by its id alone (the primary index); a card of another board is not found. */
    Optional<Card> storedCard(String boardId, String cardId) {
        return cards.findById(cardId).filter(card -> card.getBoardId().equals(boardId));
    }

    /**
     * Applies a facilitator-side change to one card (already authorised by the caller) and answers with the card as
     * {@code actor} may see it: the path for lock, decisions and groups, whose answers go back to a person.
     */
    public Card changeCard(Actor actor, String boardId, String cardId, Update update) {
        Card card = recordCardChange(actor, boardId, cardId, update);
        Role role = access.roleOf(actor, boardId).orElseThrow(() -> new NotFoundException("error.board.notFound",
                boardId));
        return CardVisibility.forViewer(card, live.get(boardId).board(), actor, role);
    }

    /**
     * The write under every change of a card that no person's command sets: bumps its version, persists, and tells
     * every open page ({@code actor}: who, or null for the system). Returns the stored card, so it must not reach a
     * person unfiltered (see {@link #changeCard}); callers that discard it (a reorder, a comment count) or filter it
     * with what they already know (a vote) use it directly.
     */
    public Card recordCardChange(Actor actor, String boardId, String cardId, Update update) {
        Card card = mongo.findAndModify(Query.query(where("id").is(cardId).and("boardId").is(boardId)),
                update.set("updatedAt", clock.instant()).inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), Card.class);
        if (card == null) {
            throw new NotFoundException("error.card.notFound", cardId);
        }
        events.publish(new BoardEvent.CardSaved(boardId, card), actor == null ? null : actor.id());
        return card;
    }

    /**
     * Applies a change to the session and tells every open page. Each change bumps the board's {@code @Version}, so
     * two states are told apart and a save of a copy read before it fails instead of undoing it. MongoTemplate would
     * add this increment itself for a versioned entity; it is said here, as for cards, so it does not hang on that.
     */
    public Board changeSession(Actor actor, String boardId, Update update) {
        Board board = mongo.findAndModify(Query.query(where("id").is(boardId)), update.inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), Board.class);
        if (board == null) {
            throw new NotFoundException("error.board.notFound", boardId);
        }
        events.publish(new BoardEvent.SessionChanged(boardId, board), actor == null ? null : actor.id());
        return board;
    }

    /**
     * Like {@link #changeSession}, only if the board still meets {@code condition} (a compare-and-set: one node claims
     * a time capsule to open it). Empty if it does not.
     */
    public Optional<Board> changeSessionIf(Actor actor, String boardId, Criteria condition, Update update) {
        Board board = mongo.findAndModify(Query.query(where("id").is(boardId)).addCriteria(condition),
                update.inc("version", 1), FindAndModifyOptions.options().returnNew(true), Board.class);
        if (board != null) {
            events.publish(new BoardEvent.SessionChanged(boardId, board), actor == null ? null : actor.id());
        }
        return Optional.ofNullable(board);
    }

    /** The ids of the boards that meet {@code condition} (few: a scheduled task looking for capsules to open). */
    public List<String> boardIdsWhere(Criteria condition) {
        Query query = Query.query(condition);
        query.fields().include("id");
        return mongo.find(query, Board.class).stream().map(Board::getId).toList();
    }

    /**
     * Puts a card back on the board as it was (restored from the trash, an undone deletion): stored again under its
     * id, one version on, and told to every page. Callers authorise first and check that the id is free.
     */
    public Card restoreCard(Actor actor, Card card) {
        // written as a document: an entity insert would start its version again at 0, and a copy of the card read
        // before its deletion would then pass an optimistic check it should fail
        org.bson.Document document = new org.bson.Document();
        mongo.getConverter().write(card.restoredAt(clock.instant()), document);
        mongo.getCollection(mongo.getCollectionName(Card.class)).insertOne(document);
        Card restored = mongo.getConverter().read(Card.class, document);
        events.publish(new BoardEvent.CardSaved(restored.getBoardId(), restored), actor == null ? null : actor.id());
        return restored;
    }

    /** A comment was added ({@code +1}) to or removed ({@code -1}) from a card: its count, then the comment lists. */
    public void commentsChanged(Actor actor, String boardId, String cardId, int delta) {
        recordCardChange(actor, boardId, cardId, new Update().inc("comments", delta));
        events.publish(new BoardEvent.CommentsChanged(boardId, cardId), actor.id());
    }

    /** An action of the board's plan was made, changed or deleted (after it was persisted): every page hears it. */
    public void planChanged(Actor actor, String boardId, String actionId) {
        events.publish(new BoardEvent.PlanChanged(boardId, actionId), actor.id());
    }

    /** Someone said the same as this card (an idea merged into it): one more "+1", told to every page. */
    public Card plusOne(Actor actor, String boardId, String cardId) {
        return recordCardChange(actor, boardId, cardId, new Update().inc("plusOnes", 1));
    }

    /** A crowd's idea arrived for moderation or was decided (after it was persisted): queues and its phone hear it. */
    public void ideaChanged(String boardId, String ideaId, String actorId) {
        events.publish(new BoardEvent.IdeaChanged(boardId, ideaId), actorId);
    }
}
