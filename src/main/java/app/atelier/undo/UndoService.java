package app.atelier.undo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.base.ConflictException;
import app.atelier.base.NotFoundException;
import app.atelier.base.StaleVersionException;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.Card;
import app.atelier.board.CardChanged;
import app.atelier.board.CardChanges;
import app.atelier.security.Actor;
import app.atelier.trash.TrashService;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.types.ObjectId;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Each person's undo and redo on a board, over their own last changes to cards: adding one (undone: it goes to the
 * trash), editing or moving one (undone: it is as it was), deleting one (undone: it comes back from the trash). Kept
 * in the store, so a reload does not lose them. An undo or redo goes through the same commands as a gesture, with
 * the same rules; it never erases another person's work: if the card changed since, it is refused, and nothing is
 * written.
 */
@Service
public class UndoService {
    /** How many of a person's changes on a board can be undone. */
    static final int DEPTH = 50;

    private final BoardService boards;
    private final BoardWrites writes;
    private final TrashService trash;
    private final AccessService access;
    private final MongoTemplate mongo;
    private final Clock clock;
    /** Set while this thread undoes or redoes: those changes are not new steps. */
    private final ThreadLocal<Boolean> replaying = ThreadLocal.withInitial(() -> false);

    UndoService(BoardService boards, BoardWrites writes, TrashService trash, AccessService access, MongoTemplate mongo,
                Clock clock) {
        this.boards = boards;
        this.writes = writes;
        this.trash = trash;
        this.access = access;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A person's change to a card becomes their newest step; what they had undone can no longer be redone. */
    @EventListener
    void on(CardChanged change) {
        if (replaying.get()) {
            return;
        }
        UndoStep.Kind kind = change.before() == null ? UndoStep.Kind.ADDED
                : change.after() == null ? UndoStep.Kind.DELETED : UndoStep.Kind.CHANGED;
        String actorId = change.actor().id();
        mongo.remove(mine(change.boardId(), actorId).addCriteria(where("undone").is(true)), UndoStep.class);
        long version = change.after() == null ? change.before().getVersion() : change.after().getVersion();
        mongo.insert(new UndoStep(new ObjectId().toHexString(), change.boardId(), actorId, clock.instant(), kind,
                change.cardId(), UndoStep.State.of(change.before()), UndoStep.State.of(change.after()), version, false,
                null, 0));
        var older = mongo.find(mine(change.boardId(), actorId).with(Sort.by(Sort.Direction.DESC, "_id")).skip(DEPTH),
                UndoStep.class);
        if (!older.isEmpty()) {
            mongo.remove(Query.query(where("_id").in(older.stream().map(UndoStep::id).toList())), UndoStep.class);
        }
    }

    /** Undoes this person's last change on the board that is not undone yet; answers the card it touched. */
    public String undo(Actor actor, String boardId) {
        access.requireMember(actor, boardId);
        UndoStep step = mongo.findOne(mine(boardId, actor.id()).addCriteria(where("undone").is(false))
                .with(Sort.by(Sort.Direction.DESC, "_id")), UndoStep.class);
        if (step == null) {
            throw new ConflictException("error.undo.nothing");
        }
        long version = replay(() -> switch (step.kind()) {
            case ADDED -> {
                requireUnchanged(boardId, step.cardId(), step.afterVersion());
                boards.deleteCard(actor, boardId, step.cardId());
                yield 0L;
            }
            case CHANGED -> put(actor, boardId, step.cardId(), step.after(), step.before(), step.afterVersion());
            case DELETED -> {
                requireInTrash(boardId, step.cardId());
                yield trash.restore(actor, boardId, step.cardId()).getVersion();
            }
        });
        mongo.save(step.undone(new ObjectId().toHexString(), version));
        // the card is now as my step before this one left it: that step's undo checks the version it is at now
        next(boardId, actor, step.cardId(), false, "_id").ifPresent(previous -> mongo.updateFirst(
                Query.query(where("_id").is(previous.id())), new Update().set("afterVersion", version), UndoStep.class));
        return step.cardId();
    }

    /** Redoes the change this person undid last; answers the card it touched. */
    public String redo(Actor actor, String boardId) {
        access.requireMember(actor, boardId);
        UndoStep step = mongo.findOne(mine(boardId, actor.id()).addCriteria(where("undone").is(true))
                .with(Sort.by(Sort.Direction.DESC, "undoneOrder")), UndoStep.class);
        if (step == null) {
            throw new ConflictException("error.redo.nothing");
        }
        long version = replay(() -> switch (step.kind()) {
            case ADDED -> {
                requireInTrash(boardId, step.cardId());
                yield trash.restore(actor, boardId, step.cardId()).getVersion();
            }
            case CHANGED -> put(actor, boardId, step.cardId(), step.before(), step.after(), step.undoneVersion());
            case DELETED -> {
                requireUnchanged(boardId, step.cardId(), step.undoneVersion());
                boards.deleteCard(actor, boardId, step.cardId());
                yield step.afterVersion();
            }
        });
        mongo.save(step.redoneAt(version));
        // likewise, the next redo of this card starts from where this one left it
        next(boardId, actor, step.cardId(), true, "undoneOrder").ifPresent(following -> mongo.updateFirst(
                Query.query(where("_id").is(following.id())), new Update().set("undoneVersion", version),
                UndoStep.class));
        return step.cardId();
    }

    /** The card goes from {@code from} back to {@code to}, only if nobody changed it since it was at {@code version}. */
    private long put(Actor actor, String boardId, String cardId, UndoStep.State from, UndoStep.State to,
                     long version) {
        requireUnchanged(boardId, cardId, version);
        // only what the step changed goes back: a move leaves the text alone, an edit the place
        Map<String, String> fields = new HashMap<>();
        Set<String> keys = new HashSet<>(from.fields().keySet());
        keys.addAll(to.fields().keySet());
        keys.stream().filter(key -> !Objects.equals(from.fields().get(key), to.fields().get(key)))
                .forEach(key -> fields.put(key, to.fields().getOrDefault(key, ""))); // "" clears a field
        boolean moved = !Objects.equals(from.zone(), to.zone()) || from.x() != to.x() || from.y() != to.y();
        CardChanges changes = new CardChanges(moved ? to.zone() : null, changed(from.text(), to.text()),
                fields.isEmpty() ? null : fields, changed(from.color(), to.color()), moved ? to.x() : null,
                moved ? to.y() : null);
        try {
            Card card = boards.updateCard(actor, boardId, cardId, changes, version);
            return card.getVersion();
        } catch (StaleVersionException changedMeanwhile) {
            throw new ConflictException("error.undo.changedSince");
        }
    }

    private static String changed(String from, String to) {
        return Objects.equals(from, to) ? null : to;
    }

    private void requireUnchanged(String boardId, String cardId, long version) {
        long current = writes.versionOf(boardId, cardId).orElseThrow(() -> new ConflictException("error.undo.gone"));
        if (current != version) {
            throw new ConflictException("error.undo.changedSince");
        }
    }

    private void requireInTrash(String boardId, String cardId) {
        if (writes.hasCard(boardId, cardId)) {
            throw new ConflictException("error.undo.changedSince");
        }
        if (trash.find(boardId, cardId).isEmpty()) {
            throw new ConflictException("error.undo.gone");
        }
    }

    private long replay(Supplier<Long> change) {
        replaying.set(true);
        try {
            return change.get();
        } catch (NotFoundException gone) {
            throw new ConflictException("error.undo.gone");
        } finally {
            replaying.set(false);
        }
    }

    /** This person's next step to undo ({@code undone} false) or redo (true), of this card only. */
    private Optional<UndoStep> next(String boardId, Actor actor, String cardId, boolean undone, String order) {
        return Optional.ofNullable(mongo.findOne(mine(boardId, actor.id()).addCriteria(where("cardId").is(cardId)
                .and("undone").is(undone)).with(Sort.by(Sort.Direction.DESC, order)), UndoStep.class));
    }

    private static Query mine(String boardId, String actorId) {
        return Query.query(where("actorId").is(actorId).and("boardId").is(boardId));
    }
}
