package app.atelier.support;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Time travel for capsule tests: the sealed board's reveal date becomes a second ago, as if the months had passed. */
public final class CapsuleDates {
    private CapsuleDates() {
    }

    public static void comeTheDate(MongoTemplate mongo, String boardId) {
        mongo.updateFirst(Query.query(where("_id").is(boardId)),
                new Update().set("capsule.revealAt", Instant.now().minusSeconds(1)), "boards");
    }
}
