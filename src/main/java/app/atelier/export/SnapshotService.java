package app.atelier.export;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.discussion.Comment;
import app.atelier.export.BoardSnapshot.CardSnapshot;
import app.atelier.export.BoardSnapshot.CommentSnapshot;
import app.atelier.export.BoardSnapshot.ImageSnapshot;
import app.atelier.image.ImageService;
import app.atelier.security.Actor;
import app.atelier.security.RateLimits;
import app.atelier.template.BoardTemplate;
import app.atelier.workspace.WorkspaceService;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Exports a whole board as a {@link BoardSnapshot} (for facilitators and observers, as they may see it) and imports
 * one as a new board, validated as a whole with the API's rules and written all or nothing.
 */
@Service
public class SnapshotService {
    private final BoardService boards;
    private final AccessService access;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final ImportValidator validator;
    private final ImportWriter writer;
    private final RateLimits limits;
    private final ImageService images;
    private final WorkspaceService workspaces;

    SnapshotService(BoardService boards, AccessService access, MongoTemplate mongo, Clock clock,
                    ImportValidator validator, ImportWriter writer, RateLimits limits, ImageService images,
                    WorkspaceService workspaces) {
        this.images = images;
        this.workspaces = workspaces;
        this.boards = boards;
        this.access = access;
        this.mongo = mongo;
        this.clock = clock;
        this.validator = validator;
        this.writer = writer;
        this.limits = limits;
    }

    /** The whole board with its images' bytes (the JSON export, the PDF report). */
    public BoardSnapshot snapshot(Actor actor, String boardId) {
        return snapshot(actor, boardId, true);
    }

    /** {@code imageData}: false for the exports that do not show images (Markdown, CSV). */
    public BoardSnapshot snapshot(Actor actor, String boardId, boolean imageData) {
        Role role = access.requireMember(actor, boardId);
        if (role == Role.PARTICIPANT) {
            throw AccessService.denied(actor, boardId, "export", "error.export.role");
        }
        Board board = boards.getBoard(actor, boardId);
        if (board.isSealed()) {
            throw BoardService.sealed(board); // every export (JSON, Markdown, CSV, PDF) is written from here
        }
        List<Card> cards = boards.cards(actor, boardId).stream().filter(c -> !c.isHidden()).toList();
        Map<String, String> refs = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            refs.put(cards.get(i).getId(), "c" + (i + 1));
        }
        Map<String, Integer> places = places(cards);
        BoardTemplate template = boards.templateOf(board);
        // Every export (JSON, Markdown, CSV, PDF) is written from this snapshot: fields in the template's order.
        List<CardSnapshot> snapshots = cards.stream().map(c -> new CardSnapshot(refs.get(c.getId()), c.getZone(),
                c.getText(), fieldsInOrder(template, c), c.getColor(), c.getX(), c.getY(), c.getAuthor(),
                c.getStatus() == null ? null : c.getStatus().id(), places.get(c.getId()), c.getVotes(), c.getGroup(),
                c.getEvidence().stream().filter(refs::containsKey).map(refs::get).toList(),
                comments(board, c.getId()), c.getCreatedAt(), images(actor, c, imageData))).toList();
        return new BoardSnapshot(BoardSnapshot.FORMAT, board.getTitle(), board.getTemplateId(),
                board.getLanguage().getLanguage(), board.getPhase().id(), board.isAnonymous(), clock.instant(), snapshots);
    }

    private static Map<String, String> fieldsInOrder(BoardTemplate template, Card card) {
        return template.zone(card.getZone()).map(zone -> zone.inFieldOrder(card.getFields())).orElse(card.getFields());
    }

    /**
     * The facilitator's places among the exported cards, 1, 2, 3… in the same order: cards deleted or hidden since
     * the list was ordered leave no gap, so every export passes the import's rule (places 1 to the number of cards).
     */
    private static Map<String, Integer> places(List<Card> cards) {
        List<Card> placed = cards.stream().filter(c -> c.getPriority() != null)
                .sorted(Comparator.comparing(Card::getPriority)).toList();
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            places.put(placed.get(i).getId(), i + 1);
        }
        return places;
    }

    private List<ImageSnapshot> images(Actor actor, Card card, boolean data) {
        return card.getImages().stream().map(i -> new ImageSnapshot(i.contentType(), i.width(), i.height(),
                data ? images.bytes(actor, card.getBoardId(), card.getId(), i.id()) : null)).toList();
    }

    private List<CommentSnapshot> comments(Board board, String cardId) {
        return mongo.find(Query.query(where("boardId").is(board.getId()).and("cardId").is(cardId))
                        .with(Sort.by("createdAt")), Comment.class).stream()
                .map(c -> new CommentSnapshot(board.isAnonymous() ? null : c.getAuthor(), c.getText(),
                        c.getCreatedAt())).toList();
    }

    /**
     * A new board from a snapshot, in the workspace named ({@code null}: the importer's current one); the importer (an
     * account, a member of that workspace) is its facilitator. The whole snapshot is checked first, then written, or
     * nothing is written (see {@link ImportValidator}, {@link ImportWriter}).
     */
    public Board restore(Actor actor, String workspaceId, BoardSnapshot snapshot) {
        if (!actor.isAccount()) {
            throw new ForbiddenException("error.access.accountOnly");
        }
        String workspace = workspaces.resolve(actor, workspaceId);
        // every attempt counts: checking a large import costs as much as writing it
        limits.boardImported(actor.id());
        Board board = writer.write(actor, workspace, validator.validate(snapshot, actor.id(), workspace));
        return boards.getBoard(actor, board.getId());
    }
}
