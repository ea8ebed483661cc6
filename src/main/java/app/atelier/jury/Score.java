package app.atelier.jury;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One juror's marks for one card: criterion to mark, 1 to 5. */
@Document("scores")
public record Score(@Id String id, @Indexed String boardId, String cardId, String jurorId, Map<String, Integer> marks,
                   Instant updatedAt) {
    public Score {
        marks = marks == null ? Map.of() : Map.copyOf(marks);
    }

    static String key(String boardId, String cardId, String jurorId) {
        return boardId + ":" + cardId + ":" + jurorId;
    }
}
