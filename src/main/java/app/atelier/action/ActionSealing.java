package app.atelier.action;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.store.SealableContent;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A sealed capsule's actions say what its cards said: they go into the vault too. */
@Component
class ActionSealing implements SealableContent {
    private final MongoTemplate mongo;

    ActionSealing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Portion> portionsOf(String boardId) {
        return List.of(Portion.of(ON_CARDS, mongo.getCollectionName(Action.class),
                Query.query(where("boardId").is(boardId))));
    }
}
