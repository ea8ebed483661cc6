package app.atelier.board.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.store.SealableContent;
import app.atelier.board.BoardEvent;
import app.atelier.board.Card;
import java.util.List;
import java.util.stream.LongStream;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A sealed capsule's cards and the event log that holds their earlier states. Pages are told each card went (and,
 * on opening, came back) through the log like any change; the log's sealed stretch counts as pruned, so a page
 * catching up from before it starts again from the store.
 */
@Component
class BoardContentSealing implements SealableContent {
    private final MongoTemplate mongo;
    private final BoardEventBus events;
    private final BoardEventLog log;

    BoardContentSealing(MongoTemplate mongo, BoardEventBus events, BoardEventLog log) {
        this.mongo = mongo;
        this.events = events;
        this.log = log;
    }

    @Override
    public List<Portion> portionsOf(String boardId) {
        String cards = mongo.getCollectionName(Card.class);
        String entries = mongo.getCollectionName(EventRecord.class);
        long last = log.last(boardId);
        return List.of(
                new Portion(CARDS, cards, Query.query(where("boardId").is(boardId)),
                        sealed -> sealed.forEach(card -> events.publish(
                                new BoardEvent.CardDeleted(boardId, card.get("_id").toString()), null)),
                        opened -> opened.forEach(card -> events.publish(
                                new BoardEvent.CardSaved(boardId, mongo.getConverter().read(Card.class, card)), null))),
                new Portion(LOG, entries, Query.query(where("boardId").is(boardId).and("seq").lte(last)),
                        sealed -> seqs(sealed).max().ifPresent(seq -> log.keptAfter(boardId, seq)),
                        opened -> seqs(opened).min().ifPresent(seq -> log.keptFrom(boardId, seq))));
    }

    private static LongStream seqs(List<Document> entries) {
        return entries.stream().mapToLong(entry -> entry.get("seq", Number.class).longValue());
    }
}
