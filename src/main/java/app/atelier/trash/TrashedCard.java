package app.atelier.trash;

import app.atelier.board.Card;
import app.atelier.security.Actor;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A card in its board's trash: the card as it was stored when deleted (a plain document, so the indexes the card
 * declares are not made again inside the trash), who deleted it and when.
 */
@Document("trashed_cards")
public record TrashedCard(@Id String id, @Indexed String boardId, org.bson.Document card, String deletedById,
                          String deletedBy, @Indexed Instant deletedAt) {
    static TrashedCard of(Card card, Actor deletedBy, Instant at, MongoConverter converter) {
        org.bson.Document stored = new org.bson.Document();
        converter.write(card, stored);
        return new TrashedCard(card.getId(), card.getBoardId(), stored, deletedBy.id(), deletedBy.name(), at);
    }

    public Card card(MongoConverter converter) {
        return converter.read(Card.class, card);
    }
}
