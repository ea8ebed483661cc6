package app.atelier.image;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.LimitReachedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The bytes of images a board holds (originals and thumbnails), against its quota. A place is taken in one
 * conditional update before anything is stored, so two uploads at the same moment never pass the quota together.
 */
@Component
class ImageQuota {
    @Document("image_quotas")
    record Usage(@Id String boardId, long bytes) {
    }

    private final MongoTemplate mongo;
    private final long quota;

    ImageQuota(MongoTemplate mongo, @Value("${atelier.images.board-quota:100MB}") DataSize quota) {
        this.mongo = mongo;
        this.quota = quota.toBytes();
    }

    /** Takes {@code bytes} of the board's quota, or says how large the quota is. */
    void take(String boardId, long bytes) {
        try {
            mongo.upsert(Query.query(where("_id").is(boardId)), new Update().setOnInsert("bytes", 0L), Usage.class);
        } catch (DuplicateKeyException createdMeanwhile) {
            // another upload created it first: fine
        }
        Usage taken = mongo.findAndModify(Query.query(where("_id").is(boardId).and("bytes").lte(quota - bytes)),
                new Update().inc("bytes", bytes), FindAndModifyOptions.options().returnNew(true), Usage.class);
        if (taken == null) {
            throw new LimitReachedException("error.image.quota", quota / (1024 * 1024));
        }
    }

    void give(String boardId, long bytes) {
        mongo.updateFirst(Query.query(where("_id").is(boardId)), new Update().inc("bytes", -bytes), Usage.class);
    }

    long limit() {
        return quota;
    }

    void forget(String boardId) {
        mongo.remove(Query.query(where("_id").is(boardId)), Usage.class);
    }

    long used(String boardId) {
        Usage usage = mongo.findById(boardId, Usage.class);
        return usage == null ? 0 : usage.bytes();
    }
}
