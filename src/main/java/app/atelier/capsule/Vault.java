package app.atelier.capsule;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.store.SealableContent.Portion;
import app.atelier.base.store.SealableContent;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonBinaryReader;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Where sealed content waits (collection {@code capsule_vault}): each document a feature declared
 * ({@link SealableContent}) is copied in whole, encrypted, under an id naming its board, collection and own id, then
 * removed from its collection (or replaced by a content-free stand-in); opening decrypts it back to the same id. Both ways are safe to repeat after a crash:
 * a copy already in the vault is not written twice, and putting back replaces whatever is at that id.
 */
@Component
class Vault {
    static final String COLLECTION = "capsule_vault";
    private static final int BATCH = 50;

    private final MongoTemplate mongo;
    private final CapsuleKey key;
    private final List<SealableContent> contents;

    Vault(MongoTemplate mongo, CapsuleKey key, List<SealableContent> contents) {
        this.mongo = mongo;
        this.key = key;
        this.contents = List.copyOf(contents);
    }

    /** Everything the features declare for this board, moved into the vault; answers how many cards it moved. */
    int seal(String boardId) {
        int cards = 0;
        for (Portion portion : portions(boardId)) {
            while (true) {
                List<Document> batch = mongo.find(Query.of(portion.query()).limit(BATCH), Document.class,
                        portion.collection());
                if (batch.isEmpty()) {
                    break;
                }
                for (Document document : batch) {
                    lockAway(boardId, portion, document);
                    if (portion.standIn() != null) {
                        mongo.getCollection(portion.collection()).replaceOne(new Document("_id", document.get("_id")),
                                portion.standIn().apply(document));
                    }
                }
                if (portion.standIn() == null) {
                    mongo.remove(Query.query(where("_id").in(batch.stream().map(d -> d.get("_id")).toList())),
                            portion.collection());
                }
                portion.afterSeal().accept(batch);
                if (portion.order() == SealableContent.CARDS) {
                    cards += batch.size();
                }
            }
        }
        return cards;
    }

    private void lockAway(String boardId, Portion portion, Document document) {
        String id = boardId + "|" + portion.collection() + "|" + document.get("_id");
        byte[] plain = bytes(document);
        Document sealed = new Document("_id", id).append("boardId", boardId).append("collection", portion.collection())
                .append("order", portion.order()).append("keyId", key.id()).append("data", new Binary(key.seal(plain,
                        id)));
        try {
            mongo.insert(sealed, COLLECTION);
        } catch (DuplicateKeyException alreadyThere) {
            // sealed by an earlier try that stopped before removing the original: that copy is the same document
        }
    }

    /** Puts the board's sealed content back where it was, last sealed first; answers how many documents. */
    int open(String boardId) {
        Map<String, Portion> byCollection = new HashMap<>();
        portions(boardId).forEach(p -> byCollection.put(p.collection(), p));
        int opened = 0;
        while (true) {
            List<Document> batch = mongo.find(Query.query(where("boardId").is(boardId))
                    .with(Sort.by(Sort.Order.desc("order"), Sort.Order.asc("_id"))).limit(BATCH), Document.class,
                    COLLECTION);
            if (batch.isEmpty()) {
                return opened;
            }
            // one collection at a time, so each feature hears of its own documents together
            String collection = batch.getFirst().getString("collection");
            List<Document> same = batch.stream().filter(d -> collection.equals(d.getString("collection"))).toList();
            List<Document> restored = new ArrayList<>();
            for (Document sealed : same) {
                Document original = document(key.open(sealed.get("data", Binary.class).getData(),
                        sealed.getString("_id")));
                mongo.getCollection(collection).replaceOne(new Document("_id", original.get("_id")), original,
                        new ReplaceOptions().upsert(true));
                restored.add(original);
            }
            mongo.remove(Query.query(where("_id").in(same.stream().map(d -> d.get("_id")).toList())), COLLECTION);
            Portion portion = byCollection.get(collection);
            if (portion != null) {
                portion.afterOpen().accept(restored);
            }
            opened += restored.size();
        }
    }

    /**
     * The sealed cards' documents, decrypted in memory only: to count what waits and by whom, from the vault itself
     * (whichever node sealed what, and however many tries it took).
     */
    List<Document> cards(String boardId) {
        List<Document> cards = new ArrayList<>();
        for (Portion portion : portions(boardId)) {
            if (portion.order() == SealableContent.CARDS) {
                mongo.find(Query.query(where("boardId").is(boardId).and("collection").is(portion.collection())),
                        Document.class, COLLECTION).forEach(sealed -> cards.add(document(key.open(
                        sealed.get("data", Binary.class).getData(), sealed.getString("_id")))));
            }
        }
        return cards;
    }

    private List<Portion> portions(String boardId) {
        return contents.stream().flatMap(c -> c.portionsOf(boardId).stream())
                .sorted(Comparator.comparingInt(Portion::order)).toList();
    }

    private static byte[] bytes(Document document) {
        RawBsonDocument raw = new RawBsonDocument(document, new DocumentCodec());
        ByteBuffer buffer = raw.getByteBuffer().asNIO();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static Document document(byte[] bytes) {
        return new DocumentCodec().decode(new BsonBinaryReader(ByteBuffer.wrap(bytes)),
                DecoderContext.builder().build());
    }
}
