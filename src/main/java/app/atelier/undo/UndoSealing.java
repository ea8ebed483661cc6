package app.atelier.undo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.store.SealableContent;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A sealed capsule's undo steps hold its cards' words before and after each change: they go into the vault too. */
@Component
class UndoSealing implements SealableContent {
    private final MongoTemplate mongo;

    UndoSealing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Portion> portionsOf(String boardId) {
        return List.of(Portion.of(ON_CARDS, mongo.getCollectionName(UndoStep.class),
                Query.query(where("boardId").is(boardId))));
    }
}
