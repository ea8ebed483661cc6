package app.atelier.base.store;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A change to stored documents that a new version needs (a field older documents lack), made idempotent: every
 * node applies each one at start-up, and again after a backup archive was restored (an older archive lacks it
 * too). See the README's upgrade notes.
 */
public interface StoreUpgrade {
    void apply();

    /** The most common upgrade: documents of that type without the field get it, with that value. */
    static void fillMissing(MongoTemplate mongo, Class<?> type, String field, Object value) {
        mongo.updateMulti(Query.query(Criteria.where(field).exists(false)), Update.update(field, value), type);
    }
}
