package app.atelier.board;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.base.SealedException;
import app.atelier.base.StaleVersionException;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.board.internal.BoardRepository;
import app.atelier.board.internal.CardRepository;
import app.atelier.board.internal.LiveBoard;
import app.atelier.board.internal.LiveBoards;
import app.atelier.security.Actor;
import app.atelier.security.RateLimits;
import app.atelier.template.BoardTemplate;
import app.atelier.template.TemplateCatalog;
import app.atelier.template.ZoneDefinition;
import app.atelier.workspace.Workspace;
import app.atelier.workspace.WorkspaceService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Every read and change of a board goes through here: authorise (who may do this on this board), validate,
 * persist, then publish one event that every open view of that board applies. UI gestures and REST calls share
 * this path, so a rule enforced here holds everywhere.
 */
@Service
public class BoardService {
    private final BoardRepository boards;
    private final CardRepository cards;
    private final BoardWrites writes;
    private final MongoTemplate mongo;
    private final TemplateCatalog templates;
    private final BoardEventBus events;
    private final LiveBoards live;
    private final AccessService access;
    private final WorkspaceService workspaces;
    private final RateLimits limits;
    private final Clock clock;
    /** Tells the features built on boards of what they must follow (a card deleted). */
    private final ApplicationEventPublisher features;
    private final ObjectProvider<CardBin> bin;

    BoardService(BoardRepository boards, CardRepository cards, BoardWrites writes, MongoTemplate mongo,
                 TemplateCatalog templates, BoardEventBus events, LiveBoards live, AccessService access,
                 WorkspaceService workspaces, RateLimits limits, Clock clock, ApplicationEventPublisher features,
                 ObjectProvider<CardBin> bin) {
        this.bin = bin;
        this.boards = boards;
        this.cards = cards;
        this.writes = writes;
        this.mongo = mongo;
        this.templates = templates;
        this.events = events;
        this.live = live;
        this.access = access;
        this.workspaces = workspaces;
        this.limits = limits;
        this.clock = clock;
        this.features = features;
    }

    /** In the creator's current workspace, in English. */
    public Board createBoard(Actor actor, String title, String templateId) {
        return createBoard(actor, null, title, templateId, Locale.ENGLISH);
    }

    /**
     * Any member of the workspace ({@code null}: the creator's current one) may create a board in it, from a
     * template they may use there; its creator is its first facilitator. Guests cannot. {@code language}: French or
     * English (anything else is English); the board's exports speak it.
     */
    public Board createBoard(Actor actor, String workspaceId, String title, String templateId, Locale language) {
        if (!actor.isAccount()) {
            throw new ForbiddenException("error.access.accountOnly");
        }
        String workspace = workspaces.resolve(actor, workspaceId);
        String cleanTitle = CardRules.title(title);
        BoardTemplate template = templates.requireFor(actor.id(), workspace, templateId);
        Board fresh = new Board(workspace, cleanTitle, template.id(), actor.id(), clock.instant(),
                Phase.fromId(template.agenda().getFirst()));
        fresh.setLanguage(language);
        Board board = boards.save(fresh);
        access.grantOwner(board.getId(), actor);
        return board;
    }

    /** The boards of the workspace ({@code null}: the person's current one) this person belongs to, newest first. */
    public List<Board> listBoards(Actor actor, String workspaceId) {
        String workspace = workspaces.resolve(actor, workspaceId);
        return boards.findByIdInAndWorkspaceIdOrderByCreatedAtDesc(access.boardIdsOf(actor), workspace);
    }

    /**
     * The boards this person was invited to (a link, as for a guest) from workspaces they do not belong to, newest
     * first: they reach them, not the rest of those workspaces.
     */
    public List<Board> sharedFromOtherWorkspaces(Actor actor) {
        List<String> theirs = workspaces.mine(actor).stream().map(Workspace::id).toList();
        return boards.findByIdInAndWorkspaceIdNotInOrderByCreatedAtDesc(access.boardIdsOf(actor), theirs);
    }

    /** The board as this node holds it in memory (current with the event log). */
    public Board getBoard(Actor actor, String boardId) {
        access.requireMember(actor, boardId);
        return live.get(boardId).board();
    }

    /** The board as stored: what a change is checked against. */
    Board board(String boardId) {
        return writes.board(boardId);
    }

    public BoardTemplate templateOf(Board board) {
        return templates.require(board.getTemplateId());
    }

    /**
     * The board's cards as this person may see them (see {@link CardVisibility}), in posting order, from the board
     * held in memory: a thousand people joining cost no store reads.
     */
    public List<Card> cards(Actor actor, String boardId) {
        return cardsAsOf(actor, boardId).cards();
    }

    /** Cards as a person sees them, and the seq of the board's last event they include. */
    public record CardsAsOf(long seq, List<Card> cards) {
    }

    /** {@link #cards}, with the seq they are current with: the board's later changes are numbered after it. */
    public CardsAsOf cardsAsOf(Actor actor, String boardId) {
        Role role = access.requireMember(actor, boardId);
        LiveBoard.Snapshot board = live.get(boardId).snapshot();
        return new CardsAsOf(board.seq(), board.cards().stream()
                .map(card -> CardVisibility.forViewer(card, board.board(), actor, role)).toList());
    }

    /**
     * The session as this node holds it, current with the board's events, read from memory: for the hot paths of
     * people who are not members (a crowd's phones), whose own feature authorises them.
     */
    public Board session(String boardId) {
        return live.get(boardId).board();
    }

    /**
     * These cards of the board as someone from the crowd sees them (no account, no membership: a participant who
     * wrote none of them), leaving out any they may not read yet and any gone; in the order asked.
     */
    public List<Card> crowdView(String boardId, List<String> cardIds) {
        LiveBoard board = live.get(boardId);
        Board session = board.board();
        Actor crowd = Actor.guest("crowd:viewer", null);
        return board.cards(cardIds).stream().map(c -> CardVisibility.forViewer(c, session, crowd, Role.PARTICIPANT))
                .filter(c -> !c.isHidden()).toList();
    }

    public Card getCard(Actor actor, String boardId, String cardId) {
        Role role = access.requireMember(actor, boardId);
        return CardVisibility.forViewer(card(boardId, cardId), board(boardId), actor, role);
    }

    private Card card(String boardId, String cardId) {
        return writes.storedCard(boardId, cardId)
                .orElseThrow(() -> new NotFoundException("error.card.notFound", cardId));
    }

    /** Adds a card written by {@code actor} (facilitators and participants; a few dozen at a time at most). */
    public Card addCard(Actor actor, String boardId, NewCard newCard) {
        Role role = access.requireWriter(actor, boardId);
        Board board = board(boardId);
        BoardTemplate template = templateOf(board);
        ZoneDefinition zone = CardRules.zone(template, newCard.zone());
        requireSessionAllows(actor, role, board, null, zone.id());
        String text = CardRules.text(newCard.text());
        Map<String, String> fields = CardRules.fields(zone, newCard.fields());
        fields.values().removeIf(String::isEmpty);
        String color = newCard.color() == null ? zone.defaultColor() : CardRules.color(newCard.color());
        double[] spot = newCard.x() == null && newCard.y() == null ? freeSpot(boardId, zone.id()) : null;
        double x = spot != null ? spot[0] : CardRules.coordinate("x", newCard.x() == null ? 0.0 : newCard.x());
        double y = spot != null ? spot[1] : CardRules.coordinate("y", newCard.y() == null ? 0.0 : newCard.y());
        limits.cardCreated(actor.id());
        Card card = cards.insert(new Card(boardId, zone.id(), text, fields, color, x, y, actor.name(), actor.id(),
                clock.instant()));
        events.publish(new BoardEvent.CardSaved(boardId, card), actor.id());
        features.publishEvent(new CardChanged(actor, null, card));
        return CardVisibility.forViewer(card, board, actor, role);
    }

    /**
     * Adds an idea from a crowd's phone as a card (the crowd module checked the phone, the code and the step): by
     * {@code authorName} (a pseudonym, or none), in {@code zoneId}. The crowd's step is the phones' phase, so the
     * board's phase does not apply; a sealed capsule always refuses, and a locked board or zone refuses a phone, not
     * a facilitator who approves an idea ({@code approvedBy}).
     */
    public Card addCrowdCard(String boardId, String zoneId, String text, String authorName, String authorId,
                             Actor approvedBy) {
        // a phone's idea checks the board held in memory (200 ideas a second would each read the store); it is
        // at most the few milliseconds behind the store that a lock takes to be applied, as if the idea came first
        Board board = approvedBy == null ? session(boardId) : board(boardId);
        ZoneDefinition zone = CardRules.zone(templateOf(board), zoneId);
        if (board.isSealed()) {
            throw sealed(board);
        }
        if (approvedBy == null && board.isLocked()) {
            throw AccessService.denied(Actor.guest(authorId, authorName), boardId, "locked",
                    "error.session.boardLocked");
        }
        if (approvedBy == null && board.isZoneLocked(zone.id())) {
            throw AccessService.denied(Actor.guest(authorId, authorName), boardId, "locked",
                    "error.session.zoneLocked");
        }
        double[] spot = freeSpot(boardId, zone.id());
        Card card = cards.insert(new Card(boardId, zone.id(), CardRules.text(text), Map.of(), zone.defaultColor(),
                spot[0], spot[1], authorName, authorId, clock.instant()));
        events.publish(new BoardEvent.CardSaved(boardId, card), approvedBy == null ? authorId : approvedBy.id());
        return card;
    }

    /**
     * Applies {@code changes} to a card. With {@code expectedVersion} the write happens only if the card is still at
     * that version (else {@link StaleVersionException} carrying the current card); without it each named field is
     * last-writer-wins, and fields not named are left untouched.
     */
    public Card updateCard(Actor actor, String boardId, String cardId, CardChanges changes, Long expectedVersion) {
        Role role = access.requireMember(actor, boardId);
        if (expectedVersion != null && expectedVersion < 0) {
            throw new InvalidInputException("version", "error.version.invalid");
        }
        Board board = board(boardId);
        BoardTemplate template = templateOf(board);
        Card existing = card(boardId, cardId);
        AccessService.requireCardOwnerOrFacilitator(actor, boardId, role, existing.getAuthorId());
        ZoneDefinition zone = CardRules.zone(template, changes.zone() == null ? existing.getZone() : changes.zone());
        requireSessionAllows(actor, role, board, existing, zone.id());

        Update update = new Update();
        if (changes.zone() != null) {
            update.set("zone", zone.id());
        }
        if (changes.text() != null) {
            update.set("text", CardRules.text(changes.text()));
        }
        CardRules.fields(zone, changes.fields()).forEach((key, value) -> {
            if (value.isEmpty()) {
                update.unset("fields." + key);
            } else {
                update.set("fields." + key, value);
            }
        });
        if (changes.color() != null) {
            update.set("color", CardRules.color(changes.color()));
        }
        if (changes.x() != null) {
            update.set("x", CardRules.coordinate("x", changes.x()));
        }
        if (changes.y() != null) {
            update.set("y", CardRules.coordinate("y", changes.y()));
        }
        if (expectedVersion != null && expectedVersion != existing.getVersion()) {
            throw new StaleVersionException("error.card.stale", CardVisibility.forViewer(existing, board, actor, role),
                    expectedVersion, existing.getVersion());
        }
        if (changes.isEmpty()) {
            return CardVisibility.forViewer(existing, board, actor, role);
        }
        limits.cardEdited(actor.id());
        update.set("updatedAt", clock.instant()).inc("version", 1);

        Query query = Query.query(where("id").is(cardId).and("boardId").is(boardId));
        if (expectedVersion != null) {
            query.addCriteria(where("version").is(expectedVersion));
        }
        Card saved = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Card.class);
        if (saved == null) {
            // Changed or deleted between our read and our write.
            Card current = card(boardId, cardId);
            throw new StaleVersionException("error.card.stale", CardVisibility.forViewer(current, board, actor, role),
                    expectedVersion, current.getVersion());
        }
        events.publish(new BoardEvent.CardSaved(boardId, saved), actor.id());
        features.publishEvent(new CardChanged(actor, existing, saved));
        return CardVisibility.forViewer(saved, board, actor, role);
    }

    public Card moveCard(Actor actor, String boardId, String cardId, String zone, double x, double y) {
        return updateCard(actor, boardId, cardId, CardChanges.move(zone, x, y), null);
    }

    /**
     * The card as stored, if {@code actor} may change it now (its author or a facilitator, within the session's
     * rules): what a feature that adds to a card's content (its images) checks first.
     */
    public Card requireEditable(Actor actor, String boardId, String cardId) {
        Role role = access.requireWriter(actor, boardId);
        Card existing = card(boardId, cardId);
        AccessService.requireCardOwnerOrFacilitator(actor, boardId, role, existing.getAuthorId());
        requireSessionAllows(actor, role, board(boardId), existing, existing.getZone());
        return existing;
    }

    /**
     * Whether {@code actor} may put a card into {@code zone} now (a writer, within the session's rules): what a
     * feature that brings a card back (the trash) checks first.
     */
    public Role requireMayAdd(Actor actor, String boardId, String zone) {
        Role role = access.requireWriter(actor, boardId);
        requireSessionAllows(actor, role, board(boardId), null, zone);
        return role;
    }

    /**
     * Deletes a card: it goes to the board's {@link CardBin} (its comments, images and votes stay where they are,
     * out of reach with it) and leaves every page; with no bin it is gone for good at once.
     */
    public void deleteCard(Actor actor, String boardId, String cardId) {
        Role role = access.requireMember(actor, boardId);
        Card existing = card(boardId, cardId);
        AccessService.requireCardOwnerOrFacilitator(actor, boardId, role, existing.getAuthorId());
        requireSessionAllows(actor, role, board(boardId), existing, existing.getZone());
        limits.cardEdited(actor.id());
        CardBin bin = this.bin.getIfAvailable();
        if (bin != null) {
            bin.keep(existing, actor); // kept before it goes: a crash in between leaves it in both, never in neither
        }
        Query query = Query.query(where("id").is(cardId).and("boardId").is(boardId));
        if (mongo.remove(query, Card.class).getDeletedCount() == 0) {
            throw new NotFoundException("error.card.notFound", cardId);
        }
        events.publish(new BoardEvent.CardDeleted(boardId, cardId), actor.id());
        features.publishEvent(new CardChanged(actor, existing, null));
        if (bin == null) {
            features.publishEvent(new CardRemoved(boardId, cardId));
        }
    }

    /**
     * Nothing is written into a sealed time capsule. Then the session's rules for everyone but facilitators: cards change only in the writing phase, and nothing
     * locked moves (the board, the card's zone, the target zone, the card itself).
     */
    private static void requireSessionAllows(Actor actor, Role role, Board board, Card card, String targetZone) {
        if (board.isSealed()) {
            throw sealed(board);
        }
        if (role == Role.FACILITATOR) {
            return;
        }
        String boardId = board.getId();
        if (!board.getPhase().participantsWrite()) {
            throw AccessService.denied(actor, boardId, "phase", "error.session.phase");
        }
        if (board.isLocked()) {
            throw AccessService.denied(actor, boardId, "locked", "error.session.boardLocked");
        }
        if (board.isZoneLocked(targetZone) || (card != null && board.isZoneLocked(card.getZone()))) {
            throw AccessService.denied(actor, boardId, "locked", "error.session.zoneLocked");
        }
        if (card != null && card.isLocked()) {
            throw AccessService.denied(actor, boardId, "locked", "error.session.cardLocked");
        }
    }

    /** What refuses anything but counting on a sealed time capsule, saying when it opens. */
    public static SealedException sealed(Board board) {
        return new SealedException("error.capsule.sealed", board.getCapsule().revealAt().toString());
    }

    /** A tidy default place for a card added without coordinates: the next cell of a 3-wide grid in its zone. */
    private double[] freeSpot(String boardId, String zoneId) {
        long n = live.get(boardId).countIn(zoneId);
        long col = n % 3;
        long row = (n / 3) % 4;
        return new double[] {0.02 + col * 0.32, 0.03 + row * 0.24};
    }
}
