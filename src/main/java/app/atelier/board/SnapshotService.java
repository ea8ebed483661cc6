package app.atelier.board;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Actor;
import app.atelier.access.Role;
import app.atelier.base.InvalidInputException;
import app.atelier.board.BoardSnapshot.CardSnapshot;
import app.atelier.board.BoardSnapshot.CommentSnapshot;
import app.atelier.template.BoardTemplate;
import app.atelier.template.ZoneDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Exports a whole board as a {@link BoardSnapshot} (for facilitators and observers, as they may see it) and imports
 * one as a new board, validated like any other input.
 */
@Service
public class SnapshotService {
    private final BoardService boards;
    private final AccessService access;
    private final MongoTemplate mongo;
    private final Clock clock;

    SnapshotService(BoardService boards, AccessService access, MongoTemplate mongo, Clock clock) {
        this.boards = boards;
        this.access = access;
        this.mongo = mongo;
        this.clock = clock;
    }

    public BoardSnapshot snapshot(Actor actor, String boardId) {
        Role role = access.requireMember(actor, boardId);
        if (role == Role.PARTICIPANT) {
            throw AccessService.denied(actor, boardId, "export", "error.export.role");
        }
        Board board = boards.getBoard(actor, boardId);
        List<Card> cards = boards.cards(actor, boardId).stream().filter(c -> !c.isHidden()).toList();
        Map<String, String> refs = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            refs.put(cards.get(i).getId(), "c" + (i + 1));
        }
        List<CardSnapshot> snapshots = cards.stream().map(c -> new CardSnapshot(refs.get(c.getId()), c.getZone(),
                c.getText(), c.getFields(), c.getColor(), c.getX(), c.getY(), c.getAuthor(),
                c.getStatus() == null ? null : c.getStatus().id(), c.getPriority(), c.getVotes(), c.getGroup(),
                c.getEvidence().stream().filter(refs::containsKey).map(refs::get).toList(),
                comments(board, c.getId()), c.getCreatedAt())).toList();
        return new BoardSnapshot(BoardSnapshot.FORMAT, board.getTitle(), board.getTemplateId(),
                board.getLanguage().getLanguage(), board.getPhase().id(), board.isAnonymous(), clock.instant(), snapshots);
    }

    private List<CommentSnapshot> comments(Board board, String cardId) {
        return mongo.find(Query.query(where("boardId").is(board.getId()).and("cardId").is(cardId))
                        .with(Sort.by("createdAt")), Comment.class).stream()
                .map(c -> new CommentSnapshot(board.isAnonymous() ? null : c.getAuthor(), c.getText(),
                        c.getCreatedAt())).toList();
    }

    /** A new board from a snapshot; the importer is its facilitator. Nothing is written if any part is invalid. */
    public Board restore(Actor actor, BoardSnapshot snapshot) {
        if (snapshot == null || snapshot.cards() == null) {
            throw new InvalidInputException("cards", "error.import.cards");
        }
        if (snapshot.format() != BoardSnapshot.FORMAT) {
            throw new InvalidInputException("format", "error.import.format", BoardSnapshot.FORMAT);
        }
        BoardTemplate template = boards.templates().require(snapshot.template());
        String title = CardRules.title(snapshot.title());
        List<Card> cards = new ArrayList<>();
        Map<String, Integer> indexOfRef = new HashMap<>();
        Instant base = clock.instant();
        for (int i = 0; i < snapshot.cards().size(); i++) {
            CardSnapshot s = snapshot.cards().get(i);
            String at = "cards[" + i + "].";
            ZoneDefinition zone = field(at, () -> CardRules.zone(template, s.zone()));
            String text = field(at, () -> CardRules.text(s.text()));
            Map<String, String> fields = field(at, () -> CardRules.fields(zone, s.fields()));
            fields.values().removeIf(String::isEmpty);
            String color = s.color() == null ? zone.defaultColor() : field(at, () -> CardRules.color(s.color()));
            double x = field(at, () -> CardRules.coordinate("x", s.x() == null ? 0.0 : s.x()));
            double y = field(at, () -> CardRules.coordinate("y", s.y() == null ? 0.0 : s.y()));
            if (s.status() != null && CardStatus.fromId(s.status()) == null) {
                throw new InvalidInputException(at + "status", "error.status.unknown");
            }
            if (s.ref() == null || indexOfRef.put(s.ref(), i) != null) {
                throw new InvalidInputException(at + "ref", "error.import.ref");
            }
            CardSnapshot clean = new CardSnapshot(s.ref(), zone.id(), text, fields, color, x, y, s.author(),
                    s.status(), s.priority(), s.votes(), s.group(), s.evidence(), s.comments(), s.createdAt());
            cards.add(Card.restored(null, clean, fields, s.createdAt() == null ? base.plusMillis(i) : s.createdAt()));
        }
        for (int i = 0; i < snapshot.cards().size(); i++) {
            for (String ref : nullToEmpty(snapshot.cards().get(i).evidence())) {
                if (!indexOfRef.containsKey(ref)) {
                    throw new InvalidInputException("cards[" + i + "].evidence", "error.import.ref");
                }
            }
        }

        Board board = boards.createBoard(actor, title, template.id(),
                snapshot.language() == null ? null : java.util.Locale.forLanguageTag(snapshot.language()));
        if (snapshot.phase() != null && template.agenda().contains(snapshot.phase())) {
            boards.setPhase(actor, board.getId(), snapshot.phase());
        }
        if (snapshot.anonymous()) {
            boards.updateSettings(actor, board.getId(), null, true);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card saved = mongo.insert(cards.get(i).onBoard(board.getId()));
            ids.add(saved.getId());
            List<CommentSnapshot> cardComments = nullToEmpty(snapshot.cards().get(i).comments());
            for (CommentSnapshot comment : cardComments) {
                mongo.insert(new Comment(board.getId(), saved.getId(), null, comment.author(),
                        CardRules.text(comment.text()), comment.createdAt() == null ? base : comment.createdAt()));
            }
            if (!cardComments.isEmpty()) {
                mongo.updateFirst(Query.query(where("id").is(saved.getId())),
                        new Update().set("comments", cardComments.size()), Card.class);
            }
        }
        for (int i = 0; i < cards.size(); i++) {
            List<String> evidence = nullToEmpty(snapshot.cards().get(i).evidence()).stream()
                    .map(ref -> ids.get(indexOfRef.get(ref))).toList();
            if (!evidence.isEmpty()) {
                mongo.updateFirst(Query.query(where("id").is(ids.get(i))), new Update().set("evidence", evidence),
                        Card.class);
            }
        }
        return boards.getBoard(actor, board.getId());
    }

    /** Runs a rule and, if it fails, names the field inside the snapshot ({@code cards[3].text}). */
    private static <T> T field(String prefix, java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(prefix + e.field(), e.messageKey(), e.args());
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
