package app.atelier.board.api;

import app.atelier.board.Card;
import app.atelier.board.CardImage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

@JsonInclude(JsonInclude.Include.NON_NULL)
@NamedInterface("api")
public record CardResponse(String id, String zone, String text, Map<String, String> fields, String color, double x,
                           double y, String author, boolean locked, Integer votes, String status, Integer priority,
                           String group, List<String> evidence, Integer comments, List<ImageResponse> images,
                           String breakoutGroup, Boolean hidden, Instant createdAt, Instant updatedAt,
                           long version) {
    /** An image of the card: where to fetch it (with the caller's token) and its thumbnail, its type and size. */
    @NamedInterface("api")
    public record ImageResponse(String id, String url, String thumbnailUrl, String contentType, int width,
                                int height, long bytes) {
        public static ImageResponse of(String boardId, String cardId, CardImage image) {
            return new ImageResponse(image.id(), image.apiPath(boardId, cardId, false),
                    image.apiPath(boardId, cardId, true), image.contentType(), image.width(), image.height(),
                    image.bytes());
        }
    }

    public static CardResponse of(Card c) {
        return of(c, false);
    }

    /** {@code votes} only when totals may be shown (not during a vote with hidden totals). */
    public static CardResponse of(Card c, boolean showVotes) {
        List<ImageResponse> images = c.getImages().stream()
                .map(i -> ImageResponse.of(c.getBoardId(), c.getId(), i)).toList();
        return new CardResponse(c.getId(), c.getZone(), c.getText(), c.getFields(), c.getColor(), c.getX(),
                c.getY(), c.getAuthor(), c.isLocked(), showVotes ? c.getVotes() : null,
                c.getStatus() == null ? null : c.getStatus().id(), c.getPriority(), c.getGroup(),
                c.getEvidence().isEmpty() ? null : c.getEvidence(), c.getComments() == 0 ? null : c.getComments(),
                images.isEmpty() ? null : images, c.getBreakoutGroup(), c.isHidden() ? true : null,
                c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
    }
}
