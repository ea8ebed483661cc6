package app.atelier.discussion;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.NotFoundException;
import app.atelier.board.BoardWrites;
import app.atelier.board.Card;
import app.atelier.board.CardRemoved;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * When a card is deleted, its comments go with it and the cards that cited it as evidence stop citing it (each such
 * card changes like any other, so every page sees its evidence count drop).
 */
@Component
class RemovedCardDiscussion {
    private final MongoTemplate mongo;
    private final BoardWrites writes;

    RemovedCardDiscussion(MongoTemplate mongo, BoardWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventListener
    void on(CardRemoved removed) {
        String boardId = removed.boardId();
        mongo.remove(Query.query(where("boardId").is(boardId).and("cardId").is(removed.cardId())), Comment.class);
        for (Card citing : mongo.find(Query.query(where("boardId").is(boardId).and("evidence").is(removed.cardId())),
                Card.class)) {
            try {
                writes.recordCardChange(null, boardId, citing.getId(), new Update().pull("evidence", removed.cardId()));
            } catch (NotFoundException deletedMeanwhile) {
                // gone as well: nothing left to tidy
            }
        }
    }
}
