package app.atelier.board.api;

import app.atelier.board.Board;
import app.atelier.board.Card;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

@JsonInclude(JsonInclude.Include.NON_NULL)
@NamedInterface("api")
public record CardResponse(String id, String zone, String text, Map<String, String> fields, String color, double x,
                    double y, String author, boolean locked, Integer votes, String status, Integer priority,
                    String group, List<String> evidence, Integer comments, Boolean hidden, Instant createdAt,
                    Instant updatedAt, long version) {
    public static CardResponse of(Card c) {
        return of(c, false);
    }

    /** {@code votes} only when totals may be shown (not during a vote with hidden totals). */
    public static CardResponse of(Card c, boolean showVotes) {
        return new CardResponse(c.getId(), c.getZone(), c.getText(), c.getFields(), c.getColor(), c.getX(),
                c.getY(), c.getAuthor(), c.isLocked(), showVotes ? c.getVotes() : null,
                c.getStatus() == null ? null : c.getStatus().id(), c.getPriority(), c.getGroup(),
                c.getEvidence().isEmpty() ? null : c.getEvidence(), c.getComments() == 0 ? null : c.getComments(),
                c.isHidden() ? true : null,
                c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
    }
}
