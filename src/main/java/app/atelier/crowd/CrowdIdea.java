package app.atelier.crowd;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An idea a phone sent: its words, the zone it goes to, who (a pseudonym, or none) and what became of it. A phone
 * names each idea with a {@code nonce}, so an idea sent again after a dropped connection is the same idea, never two.
 */
@Document("crowd_ideas")
@CompoundIndex(name = "phone_nonce", def = "{'phoneId': 1, 'nonce': 1}", unique = true)
public record CrowdIdea(@Id String id, @Indexed String boardId, String phoneId, String nonce, String name,
                        String text, String zone, IdeaStatus status, String cardId, Instant sentAt,
                        Instant decidedAt) {
    CrowdIdea decided(IdeaStatus next, String card, Instant at) {
        return new CrowdIdea(id, boardId, phoneId, nonce, name, text, zone, next, card, sentAt, at);
    }
}
