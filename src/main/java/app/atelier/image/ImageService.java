package app.atelier.image;

import app.atelier.base.InvalidInputException;
import app.atelier.base.LimitReachedException;
import app.atelier.base.NotFoundException;
import app.atelier.base.TooLargeException;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.Card;
import app.atelier.board.CardImage;
import app.atelier.board.CardRemoved;
import app.atelier.security.Actor;
import app.atelier.security.RateLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Images on cards. Whoever may edit a card may add images to it or remove them (its author or a facilitator, within
 * the session's rules); whoever may see the card may see its images, and nobody else: a card hidden by private
 * writing shows none, a deleted card takes its images with it.
 */
@Service
public class ImageService {
    /** An image's bytes as served, with what the response needs. */
    public record ImageContent(InputStream bytes, String contentType, long length, String etag) {
    }

    private final BoardService boards;
    private final BoardWrites writes;
    private final ImageIntake intake;
    private final ImageStore store;
    private final ImageQuota quota;
    private final RateLimits limits;
    private final long maxBytes;
    private final int maxPerCard;

    ImageService(BoardService boards, BoardWrites writes, ImageIntake intake, ImageStore store, ImageQuota quota,
                 RateLimits limits, @Value("${atelier.images.max-size:5MB}") DataSize maxSize,
                 @Value("${atelier.images.max-per-card:6}") int maxPerCard) {
        this.boards = boards;
        this.writes = writes;
        this.intake = intake;
        this.store = store;
        this.quota = quota;
        this.limits = limits;
        this.maxBytes = maxSize.toBytes();
        this.maxPerCard = maxPerCard;
    }

    /** The largest image taken, in bytes (the API's and the upload component's limit). */
    public long maxBytes() {
        return maxBytes;
    }

    /** Adds an image to a card: checked, its thumbnail made, stored, then on every page of the board. */
    public CardImage add(Actor actor, String boardId, String cardId, byte[] bytes) {
        Card card = boards.requireEditable(actor, boardId, cardId);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "error.image.empty");
        }
        if (bytes.length > maxBytes) {
            throw new TooLargeException("error.image.tooBig", maxBytes / (1024 * 1024));
        }
        if (card.getImages().size() >= maxPerCard) {
            throw new LimitReachedException("error.image.perCard", maxPerCard);
        }
        limits.cardEdited(actor.id());
        CardImage image = keep(boardId, cardId, bytes);
        try {
            writes.recordCardChange(actor, boardId, cardId, new Update().push("images", image));
        } catch (NotFoundException deletedMeanwhile) {
            store.delete(List.of(image.id(), image.thumbnailId()));
            quota.give(boardId, bytes.length);
            throw deletedMeanwhile;
        }
        return image;
    }

    /** Checks the bytes, takes their place in the board's quota, stores them with their thumbnail made once. */
    private CardImage keep(String boardId, String cardId, byte[] bytes) {
        ImageIntake.Accepted accepted = intake.read(bytes);
        quota.take(boardId, bytes.length); // what people upload counts; thumbnails are small and derived
        String original = store.store(boardId, cardId, bytes, accepted.format().contentType, true);
        String thumbnail = store.store(boardId, cardId, accepted.thumbnail(), accepted.thumbnailType(), false);
        return new CardImage(original, thumbnail, accepted.format().contentType, accepted.width(), accepted.height(),
                bytes.length);
    }

    /** An image (or its thumbnail) for someone who may see its card now. */
    public ImageContent read(Actor actor, String boardId, String cardId, String imageId, boolean thumbnail) {
        CardImage image = imageOf(boards.getCard(actor, boardId, cardId), imageId);
        String fileId = thumbnail ? image.thumbnailId() : image.id();
        try {
            ImageStore.Stored stored = store.open(fileId)
                    .orElseThrow(() -> new NotFoundException("error.image.notFound", imageId));
            return new ImageContent(stored.bytes(), stored.contentType(), stored.length(), "\"" + fileId + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image's original bytes, for someone who may see its card now (an export, the report). */
    public byte[] bytes(Actor actor, String boardId, String cardId, String imageId) {
        try (InputStream in = read(actor, boardId, cardId, imageId, false).bytes()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks an image as an upload is checked (type from the bytes, size, pixels), without storing it: an import
     * refuses a bad image before it writes anything. {@code field} names it in the refusal.
     */
    public void check(String field, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException(field, "error.image.empty");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException(field, "error.image.tooBig", maxBytes / (1024 * 1024));
        }
        try {
            intake.read(bytes);
        } catch (InvalidInputException refused) {
            throw new InvalidInputException(field, refused.messageKey(), refused.args());
        }
    }

    public int maxPerCard() {
        return maxPerCard;
    }

    public long boardQuota() {
        return quota.limit();
    }

    /**
     * Stores a checked image of an imported card that is not written yet (no event: nobody holds the new board);
     * the card is then written with it. {@link #forgetBoard} undoes it if the import fails.
     */
    public CardImage storeImported(String boardId, String cardId, byte[] bytes) {
        return keep(boardId, cardId, bytes);
    }

    /** Removes every image of a board and its quota (an import that failed midway). */
    public void forgetBoard(String boardId) {
        store.deleteBoard(boardId);
        quota.forget(boardId);
    }

    /** Removes an image from a card (who may edit the card may). */
    public void delete(Actor actor, String boardId, String cardId, String imageId) {
        CardImage image = imageOf(boards.requireEditable(actor, boardId, cardId), imageId);
        limits.cardEdited(actor.id());
        writes.recordCardChange(actor, boardId, cardId, new Update().pull("images", image));
        store.delete(List.of(image.id(), image.thumbnailId()));
        quota.give(boardId, image.bytes());
    }

    /** A deleted card takes its images with it, and gives their place in the quota back. */
    @EventListener
    void on(CardRemoved removed) {
        quota.give(removed.boardId(), store.deleteCard(removed.boardId(), removed.cardId()));
    }

    private static CardImage imageOf(Card card, String imageId) {
        return card.getImages().stream().filter(i -> i.id().equals(imageId)).findFirst()
                .orElseThrow(() -> new NotFoundException("error.image.notFound", imageId));
    }
}
