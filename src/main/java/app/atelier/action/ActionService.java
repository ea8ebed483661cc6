package app.atelier.action;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Membership;
import app.atelier.access.Role;
import app.atelier.base.ConflictException;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.base.UserText;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.Card;
import app.atelier.board.CardStatus;
import app.atelier.board.FollowUp;
import app.atelier.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The action plan of a board. Facilitators turn an agreed card (or a decision) into actions and change any of them;
 * an action's owner, when a member, gives its status and progress note. Each change reaches every page and event
 * client as the board's event {@code PlanChanged}; each status or note is kept as a check-in.
 */
@Service
public class ActionService {
    static final int MAX_WHAT = 300;
    static final int MAX_NOTE = 1000;
    static final int MAX_OWNER = 60;

    private final BoardService boards;
    private final BoardWrites writes;
    private final AccessService access;
    private final MongoTemplate mongo;
    private final Clock clock;

    ActionService(BoardService boards, BoardWrites writes, AccessService access, MongoTemplate mongo, Clock clock) {
        this.boards = boards;
        this.writes = writes;
        this.access = access;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** What a new action or a change says; {@code null} leaves a value as it is. */
    public record Draft(String what, String ownerId, String ownerName, LocalDate due, ActionStatus status,
                        String note) {
    }

    /** A due date from what a person typed or an API client sent ({@code 2027-03-31}). */
    public static LocalDate dueDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("due", "error.action.dueInvalid", text);
        }
    }

    /** Today where the actions are followed: what "late" is measured against. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    /** Whether actions can be made from this card: an agreed card, or one in a zone that is a decision. */
    public boolean takesActions(Board board, Card card) {
        return !card.isHidden() && (card.getStatus() == CardStatus.AGREED
                || boards.templateOf(board).decides(card.getZone()));
    }

    /** A new action from a card (facilitators): what, an owner (a member or a name) and a due date, to do. */
    public Action create(Actor facilitator, String boardId, String cardId, Draft draft) {
        access.requireFacilitator(facilitator, boardId);
        Board board = openBoard(facilitator, boardId);
        if (cardId == null || cardId.isBlank()) {
            throw new InvalidInputException("cardId", "error.action.cardMissing");
        }
        Card card = boards.getCard(facilitator, boardId, cardId);
        if (!takesActions(board, card)) {
            throw new InvalidInputException("cardId", "error.action.notAgreed");
        }
        String what = UserText.required("what", draft.what(), MAX_WHAT, "error.action.what", "error.action.what");
        Owner owner = owner(facilitator, boardId, draft.ownerId(), draft.ownerName());
        if (draft.due() == null) {
            throw new InvalidInputException("due", "error.action.dueMissing");
        }
        if (draft.due().isBefore(today())) {
            throw new InvalidInputException("due", "error.action.duePast");
        }
        Action action = mongo.insert(new Action(new ObjectId().toHexString(), boardId, cardId, what, owner.id(),
                owner.name(), draft.due(), ActionStatus.TO_DO, "", facilitator.name(), clock.instant(), List.of(),
                null));
        writes.planChanged(facilitator, boardId, action.id());
        return action;
    }

    /**
     * Changes an action: facilitators anything; its owner its status and note. A status or note given is kept as a
     * check-in. With {@code expectedVersion}, refused if the action changed since.
     */
    public Action update(Actor actor, String boardId, String actionId, Draft draft, Long expectedVersion) {
        Role role = access.requireMember(actor, boardId);
        Board board = openBoard(actor, boardId);
        Action action = action(boardId, actionId);
        boolean facilitator = role == Role.FACILITATOR;
        boolean owner = actor.id().equals(action.ownerId()) && role.canWrite();
        if (!facilitator && !owner) {
            throw AccessService.denied(actor, boardId, "action", "error.action.notYours");
        }
        if (!facilitator && (draft.what() != null || draft.ownerId() != null || draft.ownerName() != null
                || draft.due() != null)) {
            throw new ForbiddenException("error.action.ownerChanges");
        }
        if (expectedVersion != null && !expectedVersion.equals(action.version())) {
            throw new ConflictException("error.action.stale");
        }
        String what = draft.what() == null ? action.what()
                : UserText.required("what", draft.what(), MAX_WHAT, "error.action.what", "error.action.what");
        Owner who = draft.ownerId() == null && draft.ownerName() == null
                ? new Owner(action.ownerId(), action.ownerName())
                : owner(actor, boardId, draft.ownerId(), draft.ownerName());
        ActionStatus status = draft.status() == null ? action.status() : draft.status();
        String note = draft.note() == null ? action.note()
                : UserText.optional("note", draft.note(), MAX_NOTE, "error.action.note");
        List<Action.CheckIn> checkIns = new ArrayList<>(action.checkIns());
        if (status != action.status() || !Objects.equals(note, action.note())) {
            checkIns.add(new Action.CheckIn(clock.instant(), actor.name(), status, note, board.getFollowUp().active()));
        }
        Action changed = new Action(action.id(), boardId, action.cardId(), what, who.id(), who.name(),
                draft.due() == null ? action.due() : draft.due(), status, note, action.createdBy(), action.createdAt(),
                checkIns, action.version());
        try {
            changed = mongo.save(changed);
        } catch (OptimisticLockingFailureException meanwhile) {
            throw new ConflictException("error.action.stale");
        }
        writes.planChanged(actor, boardId, actionId);
        return changed;
    }

    public void delete(Actor facilitator, String boardId, String actionId) {
        access.requireFacilitator(facilitator, boardId);
        openBoard(facilitator, boardId);
        mongo.remove(action(boardId, actionId));
        writes.planChanged(facilitator, boardId, actionId);
    }

    /** The board's plan, by due date (every member sees it). */
    public List<Action> plan(Actor actor, String boardId) {
        access.requireMember(actor, boardId);
        openBoard(actor, boardId);
        return mongo.find(Query.query(where("boardId").is(boardId)), Action.class).stream()
                .sorted(Comparator.comparing(Action::due).thenComparing(Action::id)).toList();
    }

    /** One action of the board as it is now, for a member (empty once deleted, or while the board is sealed). */
    public Optional<Action> find(Actor actor, String boardId, String actionId) {
        access.requireMember(actor, boardId);
        Action action = mongo.findById(actionId, Action.class);
        return Optional.ofNullable(action).filter(a -> a.boardId().equals(boardId));
    }

    /** The actions that came from one card. */
    public List<Action> ofCard(Actor actor, String boardId, String cardId) {
        return plan(actor, boardId).stream().filter(a -> a.cardId().equals(cardId)).toList();
    }

    /** This person's actions on every board they still belong to, by due date. */
    public List<Action> mine(Actor actor) {
        Set<String> boardIds = new HashSet<>(access.boardIdsOf(actor));
        Map<String, Boolean> sealed = new HashMap<>(); // each board read once, however many actions it has
        return mongo.find(Query.query(where("ownerId").is(actor.id())), Action.class).stream()
                .filter(a -> boardIds.contains(a.boardId())
                        && !sealed.computeIfAbsent(a.boardId(), id -> writes.board(id).isSealed()))
                .sorted(Comparator.comparing(Action::due).thenComparing(Action::id)).toList();
    }

    /** Starts or ends a follow-up: the plan open on every page, gone through live (facilitators). */
    public Board followUp(Actor facilitator, String boardId, boolean active) {
        access.requireFacilitator(facilitator, boardId);
        openBoard(facilitator, boardId);
        var now = clock.instant();
        return writes.changeSession(facilitator, boardId, new Update().set("followUp",
                new FollowUp(active, active ? now : writes.board(boardId).getFollowUp().startedAt())));
    }

    private record Owner(String id, String name) {
    }

    /** A member (by id: their name goes with it) or just a name. */
    private Owner owner(Actor actor, String boardId, String ownerId, String ownerName) {
        if (ownerId != null && !ownerId.isBlank()) {
            Membership member = access.members(actor, boardId).stream().filter(m -> m.getMemberId().equals(ownerId))
                    .findFirst().orElseThrow(() -> new InvalidInputException("ownerId", "error.action.ownerUnknown"));
            return new Owner(member.getMemberId(), member.getMemberName());
        }
        return new Owner(null, UserText.required("ownerName", ownerName, MAX_OWNER, "error.action.owner",
                "error.action.owner"));
    }

    private Action action(String boardId, String actionId) {
        Action action = actionId == null ? null : mongo.findById(actionId, Action.class);
        if (action == null || !action.boardId().equals(boardId)) {
            throw new NotFoundException("error.action.notFound", actionId);
        }
        return action;
    }

    private Board openBoard(Actor actor, String boardId) {
        Board board = boards.getBoard(actor, boardId);
        if (board.isSealed()) {
            throw BoardService.sealed(board);
        }
        return board;
    }
}
