package app.atelier.trash;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.store.SealableContent;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A sealed capsule's trash goes into the vault with its cards: a deleted card says what it said. */
@Component
class TrashSealing implements SealableContent {
    private final MongoTemplate mongo;

    TrashSealing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Portion> portionsOf(String boardId) {
        return List.of(Portion.of(ON_CARDS, mongo.getCollectionName(TrashedCard.class),
                Query.query(where("boardId").is(boardId))));
    }
}
