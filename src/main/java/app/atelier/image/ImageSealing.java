package app.atelier.image;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.store.SealableContent;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A sealed capsule's images: GridFS keeps a file's description in {@code fs.files} and its bytes in
 * {@code fs.chunks}; both go into the vault, the bytes first (they are found through the descriptions).
 */
@Component
class ImageSealing implements SealableContent {
    private static final String FILES = "fs.files";
    private static final String CHUNKS = "fs.chunks";

    private final MongoTemplate mongo;

    ImageSealing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Portion> portionsOf(String boardId) {
        Query ofBoard = Query.query(where("metadata.boardId").is(boardId));
        ofBoard.fields().include("_id");
        List<Object> fileIds = mongo.find(ofBoard, Document.class, FILES).stream().map(f -> f.get("_id")).toList();
        return List.of(Portion.of(ON_CARDS, CHUNKS, Query.query(where("files_id").in(fileIds))),
                Portion.of(ON_CARDS + 1, FILES, Query.query(where("metadata.boardId").is(boardId))));
    }
}
