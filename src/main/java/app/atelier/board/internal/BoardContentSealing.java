package app.atelier.board.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.store.SealableContent;
import app.atelier.board.BoardEvent;
import app.atelier.board.Card;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A sealed capsule's cards and the event log that holds their earlier states. Pages are told each card went (and,
 * on opening, came back) through the log like any change. The log keeps its sequence whole: each entry that held a
 * card's content reads as that card's deletion until the capsule opens.
 */
@Component
class BoardContentSealing implements SealableContent {
    private final MongoTemplate mongo;
    private final BoardEventBus events;

    BoardContentSealing(MongoTemplate mongo, BoardEventBus events) {
        this.mongo = mongo;
        this.events = events;
    }

    @Override
    public List<Portion> portionsOf(String boardId) {
        String cards = mongo.getCollectionName(Card.class);
        String entries = mongo.getCollectionName(EventRecord.class);
        return List.of(
                new Portion(CARDS, cards, Query.query(where("boardId").is(boardId)), null,
                        sealed -> sealed.forEach(card -> events.publish(
                                new BoardEvent.CardDeleted(boardId, card.get("_id").toString()), null)),
                        opened -> opened.forEach(card -> events.publish(
                                new BoardEvent.CardSaved(boardId, mongo.getConverter().read(Card.class, card)), null))),
                // a card's state in the log becomes its deletion: replayed, the log ends where the board is (sealed)
                new Portion(LOG, entries, Query.query(where("boardId").is(boardId).and("type").is(EventRecord.CARD)),
                        EventRecord::sealedStandIn, sealed -> { }, opened -> { }));
    }
}
