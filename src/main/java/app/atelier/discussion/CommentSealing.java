package app.atelier.discussion;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.store.SealableContent;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A sealed capsule's comments go into the vault with its cards. */
@Component
class CommentSealing implements SealableContent {
    private final MongoTemplate mongo;

    CommentSealing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Portion> portionsOf(String boardId) {
        return List.of(Portion.of(ON_CARDS, mongo.getCollectionName(Comment.class),
                Query.query(where("boardId").is(boardId))));
    }
}
