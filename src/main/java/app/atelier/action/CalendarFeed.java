package app.atelier.action;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A calendar feed behind a secret URL, like an invite link: a board's actions (made by a facilitator) or one
 * person's actions on all their boards (made by that person). Only the secret's hash is kept; revoked, it answers 404.
 */
@Document("calendar_feeds")
public record CalendarFeed(@Id String id, @Indexed(unique = true) String secretHash, Kind kind, String boardId,
                           @Indexed String createdBy, Instant createdAt, Instant revokedAt) {
    public enum Kind { BOARD, OWNER }

    public boolean active() {
        return revokedAt == null;
    }
}
