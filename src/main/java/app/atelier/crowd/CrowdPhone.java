package app.atelier.crowd;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A phone in a board's crowd: no account, an optional pseudonym. It proves who it is with a secret it keeps (only its
 * hash is stored), so a reload or a new connection is the same phone with the same ideas.
 */
@Document("crowd_phones")
public record CrowdPhone(@Id String id, @Indexed String boardId, @Indexed(unique = true) String secretHash,
                         String name, Instant joinedAt) {
    /** The id its cards carry as their author's: never the id of an account or a guest. */
    public String authorId() {
        return "crowd:" + id;
    }
}
