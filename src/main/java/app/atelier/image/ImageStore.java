package app.atelier.image;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/** The bytes of card images in the store's GridFS, each file tagged with its board and card. */
@Component
class ImageStore {
    private final GridFsTemplate files;

    ImageStore(GridFsTemplate files) {
        this.files = files;
    }

    /** {@code original}: what someone uploaded (counted in the quota), else the thumbnail made of it. */
    String store(String boardId, String cardId, byte[] bytes, String contentType, boolean original) {
        Document metadata = new Document("boardId", boardId).append("cardId", cardId).append("original", original);
        String name = cardId + (original ? "" : "-thumbnail"); // never the uploader's file name
        return files.store(new ByteArrayInputStream(bytes), name, contentType, metadata).toHexString();
    }

    /** A file's bytes and length, if it is still there. */
    Optional<Stored> open(String fileId) throws IOException {
        if (!ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        GridFSFile file = files.findOne(Query.query(where("_id").is(new ObjectId(fileId))));
        return file == null ? Optional.empty() : Optional.of(new Stored(files.getResource(file).getInputStream(),
                file.getLength(), files.getResource(file).getContentType()));
    }

    record Stored(InputStream bytes, long length, String contentType) {
    }

    void delete(List<String> fileIds) {
        files.delete(Query.query(where("_id").in(fileIds.stream().filter(ObjectId::isValid).map(ObjectId::new)
                .toList())));
    }

    void deleteBoard(String boardId) {
        files.delete(Query.query(where("metadata.boardId").is(boardId)));
    }

    /** The files of a card (when it is deleted): removed; the length of its originals, for the quota. */
    long deleteCard(String boardId, String cardId) {
        Query ofCard = Query.query(where("metadata.boardId").is(boardId).and("metadata.cardId").is(cardId));
        long[] total = {0};
        files.find(ofCard).forEach(f -> total[0] += Boolean.TRUE.equals(f.getMetadata().getBoolean("original"))
                ? f.getLength() : 0);
        files.delete(ofCard);
        return total[0];
    }
}
