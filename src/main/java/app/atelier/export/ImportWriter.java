package app.atelier.export;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Membership;
import app.atelier.board.Board;
import app.atelier.board.Card;
import app.atelier.board.CardImage;
import app.atelier.board.CardStatus;
import app.atelier.board.NewCard;
import app.atelier.discussion.Comment;
import app.atelier.export.BoardSnapshot.CardSnapshot;
import app.atelier.export.BoardSnapshot.CommentSnapshot;
import app.atelier.export.ImportValidator.ValidImport;
import app.atelier.image.ImageService;
import app.atelier.security.Actor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Writes a validated import as a new board in four writes: the board with its session, its owner's membership, its
 * cards in one batch (their images stored just before), their comments in one batch. No event is published: nobody holds the new board yet, and the
 * first read loads it whole. If a write fails, everything written is removed again, so no half board remains.
 */
@Component
class ImportWriter {
    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

    private final MongoTemplate mongo;
    private final AccessService access;
    private final ImageService images;
    private final Clock clock;
    /** Told the name of each write once it is done: the seam through which tests make the n-th write fail. */
    Consumer<String> afterWrite = write -> { };

    ImportWriter(MongoTemplate mongo, AccessService access, ImageService images, Clock clock) {
        this.mongo = mongo;
        this.images = images;
        this.access = access;
        this.clock = clock;
    }

    Board write(Actor owner, String workspaceId, ValidImport valid) {
        // ids are chosen here, so a failed write can be undone and evidence can name cards of the same batch
        String boardId = newId();
        try {
            Board board = mongo.insert(Board.imported(boardId, workspaceId, valid.title(), valid.template().id(), owner,
                    clock.instant(), valid.phase(), valid.language(), valid.anonymous()));
            afterWrite.accept("board");
            access.grantOwner(boardId, owner);
            afterWrite.accept("owner");
            List<Card> cards = cards(boardId, valid.cards());
            insert(cards, Card.class);
            afterWrite.accept("cards");
            insert(comments(boardId, cards, valid.cards()), Comment.class);
            afterWrite.accept("comments");
            return board;
        } catch (RuntimeException e) {
            undo(boardId, e);
            throw e;
        }
    }

    /** One batch insert (an empty batch is no write). */
    private <T> void insert(List<T> batch, Class<T> type) {
        if (!batch.isEmpty()) {
            mongo.insert(batch, type);
        }
    }

    /** The cards, their images stored first (a card is written with its list of images). */
    private List<Card> cards(String boardId, List<CardSnapshot> snapshots) {
        Map<String, String> idOfRef = new HashMap<>();
        snapshots.forEach(s -> idOfRef.put(s.ref(), newId()));
        return snapshots.stream().map(s -> {
            String cardId = idOfRef.get(s.ref());
            List<CardImage> stored = s.images().stream()
                    .map(image -> images.storeImported(boardId, cardId, image.data())).toList();
            return Card.restored(cardId, boardId,
                    new NewCard(s.zone(), s.text(), s.fields(), s.color(), s.x(), s.y()), s.author(), s.createdAt(),
                    new Card.Facts(CardStatus.fromId(s.status()), s.priority(), s.votes(), s.group(),
                            s.evidence().stream().map(idOfRef::get).toList(), s.comments().size(), stored));
        }).toList();
    }

    private static List<Comment> comments(String boardId, List<Card> cards, List<CardSnapshot> snapshots) {
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            for (CommentSnapshot c : snapshots.get(i).comments()) {
                comments.add(new Comment(boardId, cards.get(i).getId(), null, c.author(), c.text(), c.createdAt()));
            }
        }
        return comments;
    }

    /** Removes whatever part of the board was written; a failure here is logged beside the first one. */
    private void undo(String boardId, RuntimeException cause) {
        try {
            Query ofBoard = Query.query(where("boardId").is(boardId));
            mongo.remove(ofBoard, Comment.class);
            mongo.remove(ofBoard, Card.class);
            mongo.remove(ofBoard, Membership.class);
            mongo.remove(Query.query(where("id").is(boardId)), Board.class);
            images.forgetBoard(boardId);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            log.error("An import failed and board {} could not be removed completely", boardId, e);
        }
    }

    private static String newId() {
        return new ObjectId().toHexString();
    }
}
