package app.atelier.crowd;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.base.ConflictException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.LocalizedException;
import app.atelier.base.NotFoundException;
import app.atelier.base.UserText;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.Card;
import app.atelier.board.Crowd;
import app.atelier.security.Actor;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Crowd mode: facilitators turn it on (a join code is made once per board) and choose the step the phones show;
 * phones join with the code and send ideas; facilitators moderate them when the board asks for it. Every command is
 * checked here: a phone can only add its own ideas to its own board, in the zone and step the facilitator chose.
 */
@Service
public class CrowdService {
    static final int MAX_NAME = 40;
    static final int MAX_NONCE = 64;
    /** Letters and digits that cannot be mistaken for one another when read off a wall (no 0/O, 1/I/L). */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;

    private final BoardService boards;
    private final BoardWrites writes;
    private final AccessService access;
    private final MongoTemplate mongo;
    private final CrowdLimits limits;
    private final SimilarIdeas similar;
    private final PhoneTokens tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private static final String NO_BOARD = "";
    private final Map<String, String> boardsByCode = new java.util.concurrent.ConcurrentHashMap<>();

    CrowdService(BoardService boards, BoardWrites writes, AccessService access, MongoTemplate mongo,
                 CrowdLimits limits, SimilarIdeas similar, PhoneTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.similar = similar;
        this.boards = boards;
        this.writes = writes;
        this.access = access;
        this.mongo = mongo;
        this.limits = limits;
        this.clock = clock;
    }

    /** What a facilitator sets; {@code null} leaves a value as it is. */
    public record Settings(Boolean on, Crowd.Step step, String zone, Integer maxChars, Boolean moderated,
                           List<String> shortlist, Integer dots) {
        public Settings(Boolean on, Crowd.Step step, String zone, Integer maxChars, Boolean moderated) {
            this(on, step, zone, maxChars, moderated, null, null);
        }
    }

    /**
     * Turns crowd mode on or off and sets what the phones show (facilitators). The first time it is turned on the
     * board gets its join code, kept for good so printed QR codes keep working.
     */
    public Board configure(Actor facilitator, String boardId, Settings settings) {
        access.requireFacilitator(facilitator, boardId);
        Board board = boards.getBoard(facilitator, boardId);
        if (board.isSealed()) {
            throw BoardService.sealed(board);
        }
        Crowd now = board.getCrowd();
        boolean on = settings.on() == null ? now.on() : settings.on();
        String zone = settings.zone() == null ? now.zone() : settings.zone();
        if (zone != null && boards.templateOf(board).zone(zone).isEmpty()) {
            throw new InvalidInputException("zone", "error.card.zoneUnknown", zone);
        }
        Crowd.Step step = settings.step() == null ? now.step() : settings.step();
        if (step == Crowd.Step.WRITE && zone == null) {
            throw new InvalidInputException("zone", "error.crowd.zoneMissing");
        }
        int maxChars = settings.maxChars() == null ? now.maxChars() : settings.maxChars();
        if (maxChars < 10 || maxChars > Crowd.MAX_CHARS) {
            throw new InvalidInputException("maxChars", "error.crowd.maxChars", 10, Crowd.MAX_CHARS);
        }
        List<String> shortlist = settings.shortlist() == null ? now.shortlist() : shortlist(facilitator, boardId,
                settings.shortlist());
        int dots = settings.dots() == null ? now.dots() : settings.dots();
        if (dots < 1 || dots > Crowd.MAX_DOTS) {
            throw new InvalidInputException("dots", "error.crowd.dots", 1, Crowd.MAX_DOTS);
        }
        if (step == Crowd.Step.VOTE && shortlist.isEmpty()) {
            throw new InvalidInputException("shortlist", "error.crowd.shortlistMissing");
        }
        // opening a vote starts a new round: its ballots start empty
        int round = step == Crowd.Step.VOTE && now.step() != Crowd.Step.VOTE ? now.round() + 1 : now.round();
        String code = now.code() != null ? now.code() : on ? newCode(boardId) : null;
        return writes.changeSession(facilitator, boardId, new Update().set("crowd", new Crowd(on, code, step, zone,
                maxChars, settings.moderated() == null ? now.moderated() : settings.moderated(), shortlist, dots,
                round)));
    }

    /** The cards the crowd votes on: cards of the board every member may read, each once, at most 30. */
    private List<String> shortlist(Actor facilitator, String boardId, List<String> cardIds) {
        Set<String> readable = readableCards(facilitator, boardId).keySet();
        List<String> shortlist = cardIds.stream().distinct().toList();
        if (shortlist.size() > 30) {
            throw new InvalidInputException("shortlist", "error.crowd.shortlistTooLong", 30);
        }
        shortlist.stream().filter(id -> !readable.contains(id)).findFirst().ifPresent(id -> {
            throw new InvalidInputException("shortlist", "error.crowd.shortlistCard", id);
        });
        return shortlist;
    }

    private String newCode(String boardId) {
        for (int attempt = 0; ; attempt++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            try {
                mongo.insert(new CrowdCode(code.toString(), boardId));
                return code.toString();
            } catch (DuplicateKeyException taken) {
                if (attempt > 20) {
                    throw taken; // 31^6 codes: only a broken random source gets here
                }
            }
        }
    }

    /**
     * The board a join code leads to, while its crowd mode is on. A code never changes boards, so each is read from
     * the store once per node; the board's session comes from memory (a thousand phones joining cost no reads).
     */
    public Optional<Board> boardOf(String code) {
        if (code == null || code.length() != CODE_LENGTH) {
            return Optional.empty();
        }
        String boardId = boardsByCode.computeIfAbsent(code.toUpperCase(java.util.Locale.ROOT), c -> {
            CrowdCode found = mongo.findById(c, CrowdCode.class);
            return found == null ? NO_BOARD : found.boardId();
        });
        if (boardId.equals(NO_BOARD)) {
            boardsByCode.remove(code.toUpperCase(java.util.Locale.ROOT)); // a code made later on another node
            return Optional.empty();
        }
        return Optional.of(boards.session(boardId)).filter(b -> b.getCrowd().on() && !b.isSealed());
    }

    /** A phone in the crowd, the secret it keeps to come back as itself, and whether it just arrived. */
    public record Joined(CrowdPhone phone, String secret, Board board, boolean arrived) {
    }

    /**
     * A phone joins with the board's code: as the phone its secret names (a reload, a new connection), or as a new
     * phone with an optional pseudonym.
     */
    public Joined join(String code, String secret, String name, String address) {
        Board board = boardOf(code).orElseThrow(() -> new NotFoundException("error.crowd.codeUnknown", code));
        String pseudonym = UserText.optional("name", name, MAX_NAME, "error.crowd.nameTooLong");
        String named = pseudonym == null || pseudonym.isBlank() ? null : pseudonym;
        String known = tokens.phoneOf(board.getId(), secret);
        if (known != null) {
            return new Joined(new CrowdPhone(known, board.getId(), named), secret, board, false);
        }
        limits.join(address);
        String phoneId = new ObjectId().toHexString();
        return new Joined(new CrowdPhone(phoneId, board.getId(), named), tokens.issue(board.getId(), phoneId), board,
                true);
    }

    /**
     * A phone sends an idea, named by its {@code nonce}: sent again (after a dropped connection), it is the same idea.
     * It goes on the board at once, or waits for a moderator when the board asks for that.
     */
    public CrowdIdea send(CrowdPhone phone, String nonce, String text) {
        if (nonce == null || nonce.isBlank() || nonce.length() > MAX_NONCE) {
            throw new InvalidInputException("nonce", "error.crowd.nonce");
        }
        Board board = boards.session(phone.boardId());
        Crowd crowd = board.getCrowd();
        String words;
        try {
            if (board.isSealed()) {
                throw BoardService.sealed(board);
            }
            if (!crowd.writing()) {
                throw new ConflictException("error.crowd.notWriting");
            }
            words = UserText.required("text", text, crowd.maxChars(), "error.crowd.textMissing",
                    "error.crowd.textTooLong");
            limits.idea(phone.id());
        } catch (LocalizedException refused) {
            // an idea sent again after a drop is acknowledged as it was, whatever has changed since
            CrowdIdea already = sent(phone, nonce);
            if (already != null) {
                return already;
            }
            throw refused;
        }
        CrowdIdea idea;
        try {
            idea = mongo.insert(new CrowdIdea(new ObjectId().toHexString(), board.getId(), phone.id(), nonce,
                    phone.name(), words, crowd.zone(), crowd.moderated() ? IdeaStatus.WAITING : IdeaStatus.ON_BOARD,
                    null, clock.instant(), null));
        } catch (DuplicateKeyException sentBefore) {
            return sent(phone, nonce); // the phone and its nonce are a unique key: the same idea
        }
        if (crowd.moderated()) {
            writes.ideaChanged(board.getId(), idea.id(), phone.authorId());
            return idea;
        }
        return onBoard(idea, null);
    }

    private CrowdIdea sent(CrowdPhone phone, String nonce) {
        return mongo.findOne(Query.query(where("phoneId").is(phone.id()).and("nonce").is(nonce)), CrowdIdea.class);
    }

    /**
     * The idea becomes a card, sent by its phone or approved by a moderator ({@code approvedBy}). If the board refuses
     * it (a zone locked meanwhile), a phone's idea leaves nothing behind and an approved one goes back to the queue.
     */
    private CrowdIdea onBoard(CrowdIdea idea, Actor approvedBy) {
        Card card;
        try {
            card = boards.addCrowdCard(idea.boardId(), idea.zone(), idea.text(), idea.name(), "crowd:" + idea.phoneId(),
                    approvedBy);
        } catch (RuntimeException refused) {
            if (idea.status() == IdeaStatus.WAITING) {
                mongo.updateFirst(Query.query(where("_id").is(idea.id())), new Update().set("status",
                        IdeaStatus.WAITING), CrowdIdea.class); // back in the queue
            } else {
                mongo.remove(Query.query(where("_id").is(idea.id())), CrowdIdea.class);
            }
            throw refused;
        }
        CrowdIdea placed = idea.decided(IdeaStatus.ON_BOARD, card.getId(), clock.instant());
        mongo.save(placed);
        return placed;
    }

    /**
     * A phone puts a dot on a shortlisted card ({@code add}) or takes one back, within its dots for this round.
     * Answers the phone's dots now.
     */
    public Map<String, Integer> vote(CrowdPhone phone, String cardId, boolean add) {
        Board board = boards.session(phone.boardId());
        Crowd crowd = board.getCrowd();
        if (!crowd.voting()) {
            throw new ConflictException("error.crowd.notVoting");
        }
        if (cardId == null || !crowd.shortlist().contains(cardId)) {
            throw new InvalidInputException("cardId", "error.crowd.notShortlisted");
        }
        String id = CrowdBallot.id(phone.id(), crowd.round());
        String onCard = "dots." + cardId; // a card id from the shortlist: an ObjectId's hex, a safe field name
        CrowdBallot ballot;
        if (add) {
            try {
                // the ballot with a dot to spend, or a new one: a spent ballot matches nothing, and the new one's id
                // is taken
                ballot = mongo.findAndModify(Query.query(where("_id").is(id).and("spent").lt(crowd.dots())),
                        new Update().inc(onCard, 1).inc("spent", 1).setOnInsert("boardId", board.getId())
                                .setOnInsert("round", crowd.round()),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), CrowdBallot.class);
            } catch (DuplicateKeyException allSpent) {
                throw new ConflictException("error.crowd.noDotsLeft", crowd.dots());
            }
        } else {
            ballot = mongo.findAndModify(Query.query(where("_id").is(id).and(onCard).gt(0)),
                    new Update().inc(onCard, -1).inc("spent", -1), FindAndModifyOptions.options().returnNew(true),
                    CrowdBallot.class);
            if (ballot == null) {
                return dotsOf(phone); // no dot of this phone on that card
            }
        }
        mongo.upsert(Query.query(where("_id").is(CrowdTally.id(board.getId(), crowd.round()))),
                new Update().inc("counts." + cardId, add ? 1 : -1), CrowdTally.class);
        return ballot.dots();
    }

    /** A phone's dots in the vote open now (empty when none is). */
    public Map<String, Integer> dotsOf(CrowdPhone phone) {
        Crowd crowd = boards.session(phone.boardId()).getCrowd();
        if (!crowd.voting()) {
            return Map.of();
        }
        CrowdBallot ballot = mongo.findById(CrowdBallot.id(phone.id(), crowd.round()), CrowdBallot.class);
        return ballot == null ? Map.of() : ballot.dots();
    }

    /** The dots each shortlisted card got in the board's latest vote, in shortlist order (members). */
    public Map<String, Integer> results(Actor member, String boardId) {
        access.requireMember(member, boardId);
        Crowd crowd = boards.getBoard(member, boardId).getCrowd();
        CrowdTally tally = crowd.round() == 0 ? null
                : mongo.findById(CrowdTally.id(boardId, crowd.round()), CrowdTally.class);
        Map<String, Integer> results = new LinkedHashMap<>();
        crowd.shortlist().forEach(id -> results.put(id, tally == null ? 0
                : Math.max(0, tally.counts().getOrDefault(id, 0))));
        return results;
    }

    /** The reactions a phone may send: a room's applause, laughter, surprise, love, agreement and ideas. */
    public static final List<String> REACTIONS = List.of("👏", "👍", "❤️", "😂", "😮", "💡");

    /** A phone reacts (while crowd mode is on): counted on the board for the wall. */
    public void react(CrowdPhone phone, String reaction) {
        if (reaction == null || !REACTIONS.contains(reaction)) {
            throw new InvalidInputException("reaction", "error.crowd.reaction");
        }
        Board board = boards.session(phone.boardId());
        if (!board.getCrowd().on() || board.isSealed()) {
            throw new ConflictException("error.crowd.off");
        }
        limits.reaction(phone.id());
        mongo.upsert(Query.query(where("_id").is(board.getId())),
                new Update().inc("counts." + REACTIONS.indexOf(reaction), 1), CrowdReactions.class);
    }

    /** How many times the crowd sent each reaction on this board, in {@link #REACTIONS} order (members). */
    public Map<String, Integer> reactions(Actor member, String boardId) {
        access.requireMember(member, boardId);
        CrowdReactions counted = mongo.findById(boardId, CrowdReactions.class);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < REACTIONS.size(); i++) {
            counts.put(REACTIONS.get(i), counted == null ? 0 : counted.counts().getOrDefault(Integer.toString(i), 0));
        }
        return counts;
    }

    /** What a phone sent on its board, newest first. */
    public List<CrowdIdea> ideasOf(CrowdPhone phone) {
        return mongo.find(Query.query(where("phoneId").is(phone.id())).with(Sort.by(Sort.Direction.DESC, "sentAt")),
                CrowdIdea.class);
    }

    public Optional<CrowdIdea> idea(String ideaId) {
        return Optional.ofNullable(mongo.findById(ideaId, CrowdIdea.class));
    }

    // --- moderation (facilitators) ---

    /** The ideas waiting for a moderator, oldest first. */
    public List<CrowdIdea> queue(Actor facilitator, String boardId) {
        access.requireFacilitator(facilitator, boardId);
        return mongo.find(waiting(boardId).with(Sort.by("sentAt")), CrowdIdea.class);
    }

    /** How many ideas wait for a moderator: counted by the store, none of them read (the queue can be thousands). */
    public long waitingCount(Actor facilitator, String boardId) {
        access.requireFacilitator(facilitator, boardId);
        return mongo.count(waiting(boardId), CrowdIdea.class);
    }

    private static Query waiting(String boardId) {
        return Query.query(where("boardId").is(boardId).and("status").is(IdeaStatus.WAITING));
    }

    /**
     * A waiting idea with what it looks like: the board's cards that say much the same (most alike first, as the
     * facilitator may read them) and how many other waiting ideas do.
     */
    public record Waiting(CrowdIdea idea, List<Card> looksLike, int alike) {
    }

    /** The queue, each idea with its look-alikes (suggestions only: nothing merges by itself). */
    public List<Waiting> queueWithLookAlikes(Actor facilitator, String boardId) {
        List<CrowdIdea> waiting = queue(facilitator, boardId);
        Board board = boards.getBoard(facilitator, boardId);
        Map<String, Card> cards = readableCards(facilitator, boardId);
        List<SimilarIdeas.Text> probes = waiting.stream().map(i -> new SimilarIdeas.Text(i.id(), i.text())).toList();
        Map<String, List<String>> likeCards = similar.like(cards.values().stream()
                .map(c -> new SimilarIdeas.Text(c.getId(), c.getText())).toList(), probes, board.getLanguage(), 3);
        Map<String, List<String>> likeIdeas = similar.like(probes, probes, board.getLanguage(), waiting.size());
        return waiting.stream().map(i -> new Waiting(i, likeCards.get(i.id()).stream().map(cards::get).toList(),
                likeIdeas.get(i.id()).size())).toList();
    }

    /** The board's cards that look like this one (for facilitators: themes and duplicates in a big crowd). */
    public List<Card> lookAlikes(Actor facilitator, String boardId, String cardId, int limit) {
        access.requireFacilitator(facilitator, boardId);
        Board board = boards.getBoard(facilitator, boardId);
        Map<String, Card> cards = readableCards(facilitator, boardId);
        Card card = cards.get(cardId);
        if (card == null) {
            return List.of();
        }
        return similar.like(cards.values().stream().map(c -> new SimilarIdeas.Text(c.getId(), c.getText())).toList(),
                List.of(new SimilarIdeas.Text(cardId, card.getText())), board.getLanguage(), limit).get(cardId)
                .stream().map(cards::get).toList();
    }

    /** The board's cards this person may read, by id, in posting order. */
    private Map<String, Card> readableCards(Actor actor, String boardId) {
        return boards.cards(actor, boardId).stream().filter(c -> !c.isHidden())
                .collect(Collectors.toMap(Card::getId, c -> c, (a, b) -> a, LinkedHashMap::new));
    }

    /** A waiting idea goes on the board as a card. */
    public CrowdIdea approve(Actor facilitator, String boardId, String ideaId) {
        CrowdIdea idea = claim(facilitator, boardId, ideaId, IdeaStatus.ON_BOARD);
        CrowdIdea placed = onBoard(idea, facilitator);
        writes.ideaChanged(boardId, ideaId, facilitator.id());
        return placed;
    }

    /** A waiting idea says the same as a card of the board: the card gets a "+1" and the idea is merged into it. */
    public CrowdIdea merge(Actor facilitator, String boardId, String ideaId, String cardId) {
        access.requireFacilitator(facilitator, boardId);
        Card card = boards.getCard(facilitator, boardId, cardId); // a card of this board, or a 404
        CrowdIdea idea = claim(facilitator, boardId, ideaId, IdeaStatus.MERGED);
        writes.plusOne(facilitator, boardId, card.getId());
        CrowdIdea merged = idea.decided(IdeaStatus.MERGED, card.getId(), clock.instant());
        mongo.save(merged);
        writes.ideaChanged(boardId, ideaId, facilitator.id());
        return merged;
    }

    /** A waiting idea does not go on the board; its phone is told. */
    public CrowdIdea reject(Actor facilitator, String boardId, String ideaId) {
        CrowdIdea rejected = claim(facilitator, boardId, ideaId, IdeaStatus.REJECTED)
                .decided(IdeaStatus.REJECTED, null, clock.instant());
        mongo.save(rejected);
        writes.ideaChanged(boardId, ideaId, facilitator.id());
        return rejected;
    }

    /** Takes a waiting idea out of the queue for one decision: two moderators never decide the same idea twice. */
    private CrowdIdea claim(Actor facilitator, String boardId, String ideaId, IdeaStatus next) {
        access.requireFacilitator(facilitator, boardId);
        CrowdIdea idea = mongo.findAndModify(Query.query(where("_id").is(ideaId).and("boardId").is(boardId)
                .and("status").is(IdeaStatus.WAITING)), new Update().set("status", next), CrowdIdea.class);
        if (idea == null) {
            if (mongo.exists(Query.query(where("_id").is(ideaId).and("boardId").is(boardId)), CrowdIdea.class)) {
                throw new ConflictException("error.crowd.decided");
            }
            throw new NotFoundException("error.crowd.ideaUnknown", ideaId);
        }
        return idea;
    }
}
