package app.atelier.trash;

import app.atelier.board.Card;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A card in its board's trash: the card as it was stored when deleted, who deleted it and when. */
@Document("trashed_cards")
public record TrashedCard(@Id String id, @Indexed String boardId, Card card, String deletedById, String deletedBy,
                          @Indexed Instant deletedAt) {
}
