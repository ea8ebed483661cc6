package app.atelier.capsule;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** What actually happened to a prediction of an opened capsule, and the verdict (one per card). */
@Document("capsule_outcomes")
public record Outcome(@Id String id, @Indexed String boardId, String cardId, String happened, Verdict verdict,
                      String by, Instant at) {
    static String key(String boardId, String cardId) {
        return boardId + ":" + cardId;
    }
}
