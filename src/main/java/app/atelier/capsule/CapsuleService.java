package app.atelier.capsule;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.base.ConflictException;
import app.atelier.base.InvalidInputException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.CapsuleSeal.State;
import app.atelier.board.CapsuleSeal;
import app.atelier.board.Card;
import app.atelier.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Sealing a time capsule and opening it. A facilitator seals a capsule board with a reveal date: writes are refused
 * from then on, and its content goes into the {@link Vault}. On the date, whichever node sees it first claims the
 * capsule (a compare-and-set with a lease: if that node dies, another takes over) and puts the content back for
 * everyone; nobody needs to be online.
 */
@Service
public class CapsuleService {
    private static final Logger log = LoggerFactory.getLogger(CapsuleService.class);
    /** The furthest a reveal date may be: a capsule is a marketing horizon, not an archive. */
    static final Duration LONGEST = Duration.ofDays(366L * 10);
    /** A reveal date must leave at least this long: sealing and opening at once would be a mistake. */
    static final Duration SHORTEST = Duration.ofMinutes(1);
    /** How long after sealing a late write (one that passed its check just before the seal) is still looked for. */
    static final Duration STRAGGLERS = Duration.ofMinutes(1);

    private final BoardService boards;
    private final BoardWrites writes;
    private final AccessService access;
    private final Vault vault;
    private final CapsuleKey key;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final String node;
    private final Duration lease;

    CapsuleService(BoardService boards, BoardWrites writes, AccessService access, Vault vault, CapsuleKey key,
                   MongoTemplate mongo, Clock clock, @Value("${atelier.node-name:}") String node,
                   @Value("${atelier.capsule.opening-lease:5m}") Duration lease) {
        this.boards = boards;
        this.writes = writes;
        this.access = access;
        this.vault = vault;
        this.key = key;
        this.mongo = mongo;
        this.clock = clock;
        this.node = node.isBlank() ? UUID.randomUUID().toString() : node;
        this.lease = lease;
    }

    /** Whether this board's format is a time capsule (it can be sealed). */
    public boolean isCapsule(Board board) {
        return boards.templateOf(board).timeCapsule().isPresent();
    }

    /** The board with its seal, for any member (what waits and until when; never the content). */
    public Board capsuleOf(Actor actor, String boardId) {
        return boards.getBoard(actor, boardId);
    }

    /** The reveal date from what a person typed or an API client sent (an ISO-8601 instant, with its offset). */
    public static Instant revealDate(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("revealAt", "error.capsule.revealMissing");
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("revealAt", "error.capsule.revealInvalid", text);
        }
    }

    /**
     * Seals the capsule until {@code revealAt} (facilitators): nothing can be read or written until then. Answers the
     * board as sealed, with how many contributions wait and by whom.
     */
    public Board seal(Actor facilitator, String boardId, Instant revealAt) {
        access.requireFacilitator(facilitator, boardId);
        Board board = writes.board(boardId);
        if (!isCapsule(board)) {
            throw new InvalidInputException("board", "error.capsule.notCapsule");
        }
        if (board.getCapsule() != null) {
            throw new ConflictException("error.capsule.alreadySealed");
        }
        Instant now = clock.instant();
        if (revealAt == null) {
            throw new InvalidInputException("revealAt", "error.capsule.revealMissing");
        }
        if (revealAt.isBefore(now.plus(SHORTEST))) {
            throw new InvalidInputException("revealAt", "error.capsule.revealPast");
        }
        if (revealAt.isAfter(now.plus(LONGEST))) {
            throw new InvalidInputException("revealAt", "error.capsule.revealTooFar");
        }
        CapsuleSeal seal = new CapsuleSeal(State.SEALING, revealAt, now, facilitator.name(), 0, List.of(), key.id(),
                null, null, null);
        writes.changeSessionIf(facilitator, boardId, where("capsule").exists(false), new Update().set("capsule", seal))
                .orElseThrow(() -> new ConflictException("error.capsule.alreadySealed"));
        log.info("Board {}: sealed by {} until {}", boardId, facilitator.id(), revealAt);
        return sweep(facilitator, boardId);
    }

    /**
     * Moves whatever of the board is still readable into the vault, until a round finds no card left (a write that
     * passed its check just before the seal lands in the next round), then marks the board sealed with what waits,
     * counted from the vault.
     */
    Board sweep(Actor actor, String boardId) {
        boolean moved = false;
        while (vault.seal(boardId) > 0) {
            moved = true;
        }
        Board board = writes.board(boardId);
        CapsuleSeal seal = board.getCapsule();
        if (moved && (seal == null || seal.state() == State.OPENING || seal.state() == State.OPEN)) {
            // another node opened the capsule while this sweep was moving late writes away: they go back too
            vault.open(boardId);
            return writes.board(boardId);
        }
        if (seal == null || (!moved && seal.state() != State.SEALING)) {
            return board;
        }
        List<Card> waiting = vault.cards(boardId).stream().map(d -> mongo.getConverter().read(Card.class, d))
                .toList();
        Update update = new Update().set("capsule.state", State.SEALED).set("capsule.total", waiting.size())
                .set("capsule.contributors", contributors(board, waiting));
        return writes.changeSessionIf(actor, boardId, where("capsule.state").in(State.SEALING, State.SEALED), update)
                .orElse(board);
    }

    /** Who wrote what waits, most first; nobody is named on an anonymous board. */
    private static List<CapsuleSeal.Contributor> contributors(Board board, List<Card> sealed) {
        if (board.isAnonymous()) {
            return List.of();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        sealed.forEach(card -> counts.merge(card.getAuthor() == null ? "?" : card.getAuthor(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new CapsuleSeal.Contributor(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(CapsuleSeal.Contributor::count).reversed()
                        .thenComparing(CapsuleSeal.Contributor::name)).toList();
    }

    /**
     * What every node does every few seconds: finishes sealings a crash interrupted (and catches late writes just
     * after a seal), and opens the capsules whose date has come. Answers how many it opened.
     */
    public int openDue() {
        Instant now = clock.instant();
        // not a capsule whose date has come: opening it below (here or on another node) puts everything back, and a
        // sweep racing that opening would lock away what was just put back
        for (String boardId : writes.boardIdsWhere(new Criteria().andOperator(where("capsule.revealAt").gt(now),
                new Criteria().orOperator(where("capsule.state").is(State.SEALING), where("capsule.state")
                        .is(State.SEALED).and("capsule.sealedAt").gt(now.minus(STRAGGLERS)))))) {
            sweep(null, boardId);
        }
        int opened = 0;
        for (String boardId : writes.boardIdsWhere(due(now))) {
            if (open(boardId, now)) {
                opened++;
            }
        }
        return opened;
    }

    /** Sealed and its date come, or being opened by a node whose lease ran out. */
    private static Criteria due(Instant now) {
        return new Criteria().orOperator(
                where("capsule.state").in(State.SEALED, State.SEALING).and("capsule.revealAt").lte(now),
                where("capsule.state").is(State.OPENING).and("capsule.openingUntil").lt(now));
    }

    private boolean open(String boardId, Instant now) {
        Board board = writes.board(boardId);
        if (!key.id().equals(board.getCapsule().keyId())) {
            log.error("Board {}: its capsule was sealed with key {}, this node has key {}: it cannot open it here "
                    + "(give every node the same atelier.capsule.key)", boardId, board.getCapsule().keyId(), key.id());
            return false;
        }
        Update claim = new Update().set("capsule.state", State.OPENING).set("capsule.openingBy", node)
                .set("capsule.openingUntil", now.plus(lease));
        if (writes.changeSessionIf(null, boardId, due(now), claim).isEmpty()) {
            return false; // another node claimed it first
        }
        int documents = vault.open(boardId);
        writes.changeSessionIf(null, boardId, where("capsule.state").is(State.OPENING).and("capsule.openingBy").is(node),
                new Update().set("capsule.state", State.OPEN).set("capsule.openedAt", clock.instant())
                        .unset("capsule.openingBy").unset("capsule.openingUntil"));
        log.info("Board {}: capsule opened by node {} ({} documents put back)", boardId, node, documents);
        return true;
    }
}
