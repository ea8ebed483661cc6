package app.atelier.presence;

import app.atelier.security.Actor;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** The people one node has on one board, as of its last heartbeat ({@code seenAt}). */
@Document("presence")
record PresenceRecord(@Id String id, String nodeId, @Indexed String boardId, List<Actor> people, Instant seenAt) {
    static String id(String nodeId, String boardId) {
        return nodeId + "/" + boardId;
    }
}
