package app.atelier.export;

import app.atelier.base.InvalidInputException;
import app.atelier.board.Board;
import app.atelier.board.CardRules;
import app.atelier.board.CardStatus;
import app.atelier.board.Phase;
import app.atelier.export.BoardSnapshot.CardSnapshot;
import app.atelier.export.BoardSnapshot.CommentSnapshot;
import app.atelier.export.BoardSnapshot.ImageSnapshot;
import app.atelier.image.ImageService;
import app.atelier.template.BoardTemplate;
import app.atelier.template.TemplateCatalog;
import app.atelier.template.ZoneDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks a whole {@link BoardSnapshot} with the rules every write through the API passes ({@link CardRules}), before
 * anything is written, and returns it cleaned. Each error names its place in the snapshot
 * ({@code cards[3].comments[0].text}).
 */
@Component
class ImportValidator {
    /** No card or comment of Atelier is older than this. */
    static final Instant OLDEST = Instant.parse("2000-01-01T00:00:00Z");
    /** The exporting server's clock may run a little ahead of ours. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    /** Far more dots than any crowd can spend on one card (budgets are at most {@link VoteSettings#MAX_BUDGET}). */
    static final int MAX_VOTES = 1_000_000;

    private final TemplateCatalog templates;
    private final Clock clock;
    private final int maxCards;
    private final int maxCommentsPerCard;
    private final ImageService images;

    ImportValidator(TemplateCatalog templates, Clock clock, ImageService images,
                    @Value("${atelier.import.max-cards:2000}") int maxCards,
                    @Value("${atelier.import.max-comments-per-card:500}") int maxCommentsPerCard) {
        this.templates = templates;
        this.images = images;
        this.clock = clock;
        this.maxCards = maxCards;
        this.maxCommentsPerCard = maxCommentsPerCard;
    }

    /** An import that passed every rule: clean values, every date set, evidence still by ref. */
    record ValidImport(String title, BoardTemplate template, Locale language, Phase phase, boolean anonymous,
                       List<CardSnapshot> cards) {
    }

    /** {@code personId} imports into {@code workspaceId}: the template must be one they may use there. */
    ValidImport validate(BoardSnapshot snapshot, String personId, String workspaceId) {
        if (snapshot == null || snapshot.cards() == null) {
            throw new InvalidInputException("cards", "error.import.cards");
        }
        if (snapshot.format() != BoardSnapshot.FORMAT) {
            throw new InvalidInputException("format", "error.import.format", BoardSnapshot.FORMAT);
        }
        BoardTemplate template = templates.requireFor(personId, workspaceId, snapshot.template());
        String title = CardRules.title(snapshot.title());
        Locale language = language(snapshot.language());
        Phase phase = snapshot.phase() == null ? Phase.fromId(template.agenda().getFirst())
                : CardRules.phase(template, snapshot.phase());
        List<CardSnapshot> given = snapshot.cards();
        if (given.size() > maxCards) {
            throw new InvalidInputException("cards", "error.import.tooManyCards", maxCards);
        }
        Import whole = new Import(template, refs(given), new HashMap<>(), new HashSet<>(), given.size(),
                clock.instant(), new AtomicLong());
        List<CardSnapshot> cards = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            cards.add(card("cards[" + i + "].", given.get(i), i, whole));
        }
        return new ValidImport(title, template, language, phase, snapshot.anonymous(), List.copyOf(cards));
    }

    /** What a card is checked against: the rest of the import. */
    private record Import(BoardTemplate template, Set<String> refs, Map<String, String> groups, Set<Integer> places,
                          int cards, Instant now, AtomicLong imageBytes) {
    }

    /** Every card is there and has its own ref (evidence may cite cards further down). */
    private static Set<String> refs(List<CardSnapshot> cards) {
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < cards.size(); i++) {
            CardSnapshot card = cards.get(i);
            if (card == null) {
                throw new InvalidInputException("cards[" + i + "]", "error.import.card");
            }
            if (card.ref() == null || !refs.add(card.ref())) {
                throw new InvalidInputException("cards[" + i + "].ref", "error.import.ref");
            }
        }
        return refs;
    }

    private CardSnapshot card(String at, CardSnapshot s, int index, Import whole) {
        ZoneDefinition zone = field(at, () -> CardRules.zone(whole.template(), s.zone()));
        String text = field(at, () -> CardRules.text(s.text()));
        Map<String, String> fields = field(at, () -> CardRules.fields(zone, s.fields()));
        fields.values().removeIf(String::isEmpty);
        String color = s.color() == null ? zone.defaultColor() : field(at, () -> CardRules.color(s.color()));
        double x = field(at, () -> CardRules.coordinate("x", s.x() == null ? 0.0 : s.x()));
        double y = field(at, () -> CardRules.coordinate("y", s.y() == null ? 0.0 : s.y()));
        String author = field(at, () -> CardRules.author(s.author()));
        CardStatus status = field(at, () -> CardRules.status(s.status()));
        Integer place = place(at, s.priority(), whole);
        if (s.votes() != null && (s.votes() < 0 || s.votes() > MAX_VOTES)) {
            throw new InvalidInputException(at + "votes", "error.import.votes", MAX_VOTES);
        }
        String group = field(at, () -> CardRules.group(s.group()));
        // the API keeps one spelling per group (the first one given here), whatever the case
        String sameGroup = group == null ? null : whole.groups().computeIfAbsent(group.toLowerCase(Locale.ROOT),
                g -> group);
        List<String> evidence = field(at, () -> CardRules.evidence("evidence", s.ref(), s.evidence(),
                whole.refs()::contains));
        List<CommentSnapshot> comments = comments(at, s.comments(), whole.now());
        List<ImageSnapshot> pictures = images(at, s.images(), whole);
        // without a date, cards keep their order, just before now
        Instant created = date(at + "createdAt", s.createdAt(), whole.now(),
                whole.now().minusMillis(whole.cards() - index));
        return new CardSnapshot(s.ref(), zone.id(), text, Map.copyOf(fields), color, x, y, author,
                status == null ? null : status.id(), place, s.votes() == null ? 0 : s.votes(), sameGroup, evidence,
                comments, created, pictures);
    }

    /** Each image passes an upload's checks; a card holds no more than an upload allows, a board its quota. */
    private List<ImageSnapshot> images(String at, List<ImageSnapshot> given, Import whole) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (given.size() > images.maxPerCard()) {
            throw new InvalidInputException(at + "images", "error.image.perCard", images.maxPerCard());
        }
        List<ImageSnapshot> checked = new ArrayList<>();
        for (int j = 0; j < given.size(); j++) {
            ImageSnapshot image = given.get(j);
            String place = at + "images[" + j + "]";
            if (image == null) {
                throw new InvalidInputException(place, "error.image.empty");
            }
            images.check(place + ".data", image.data());
            if (whole.imageBytes().addAndGet(image.data().length) > images.boardQuota()) {
                throw new InvalidInputException(place, "error.image.quota", images.boardQuota() / (1024 * 1024));
            }
            checked.add(new ImageSnapshot(null, 0, 0, image.data())); // type and size come from the bytes again
        }
        return checked;
    }

    private List<CommentSnapshot> comments(String at, List<CommentSnapshot> given, Instant now) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > maxCommentsPerCard) {
            throw new InvalidInputException(at + "comments", "error.import.tooManyComments", maxCommentsPerCard);
        }
        List<CommentSnapshot> comments = new ArrayList<>();
        for (int j = 0; j < given.size(); j++) {
            String place = at + "comments[" + j + "]";
            CommentSnapshot c = given.get(j);
            if (c == null) {
                throw new InvalidInputException(place, "error.import.comment");
            }
            // a comment passes the rules of CommentService.add: those of a card's text
            comments.add(new CommentSnapshot(field(place + ".", () -> CardRules.author(c.author())),
                    field(place + ".", () -> CardRules.text(c.text())),
                    date(place + ".createdAt", c.createdAt(), now, now)));
        }
        return comments;
    }

    /** A place in the priority list, as the API gives them: 1, 2, 3…, one card per place. */
    private static Integer place(String at, Integer place, Import whole) {
        if (place == null) {
            return null;
        }
        if (place < 1 || place > whole.cards()) {
            throw new InvalidInputException(at + "priority", "error.import.priority", whole.cards());
        }
        if (!whole.places().add(place)) {
            throw new InvalidInputException(at + "priority", "error.import.priorityTaken", place);
        }
        return place;
    }

    /** When a card or comment was written: not in the future, not before Atelier; {@code absent} if not given. */
    private static Instant date(String field, Instant date, Instant now, Instant absent) {
        if (date == null) {
            return absent;
        }
        if (date.isBefore(OLDEST) || date.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException(field, "error.import.createdAt", OLDEST.toString());
        }
        return date;
    }

    /** The board's language, as exports write it; none means English, like a board created without one. */
    private static Locale language(String language) {
        return language == null ? Locale.ENGLISH : Board.language(language);
    }

    /** Runs a rule and, if it fails, names the field inside the snapshot ({@code cards[3].text}). */
    private static <T> T field(String prefix, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(prefix + e.field(), e.messageKey(), e.args());
        }
    }
}
