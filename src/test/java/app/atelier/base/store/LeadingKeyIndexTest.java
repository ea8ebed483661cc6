package app.atelier.base.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded store's non-unique index answers exactly what a scan answers (same documents, same order), and
 * queries on the indexed key go through it. Each query runs on "cards" (indexed) and on "scan" (same documents, no
 * index) and the two answers must be equal.
 */
class LeadingKeyIndexTest {
    private static final String DB = "test";

    @TempDir
    Path dir;

    private final List<Store> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(Store::close);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void equalityQueriesWithOrWithoutOtherKeysAnswerAsAScan(String kind) {
        Store store = open(kind);
        List<Document> docs = boards(30, 40);
        docs.add(new Document("_id", new ObjectId()).append("zone", "no board"));
        docs.add(new Document("_id", new ObjectId()).append("boardId", null));
        docs.add(new Document("_id", new ObjectId()).append("boardId", 7));
        docs.add(new Document("_id", new ObjectId()).append("boardId", 7.0));
        docs.add(new Document("_id", new ObjectId()).append("boardId", 7L));
        store.insert(docs);

        Document card = docs.get(123);
        String board = card.getString("boardId");
        store.assertSameAsScan(eq("boardId", board));
        store.assertSameAsScan(eq("boardId", "board-none"));
        // Spring Data sends {a: x, b: y}; the driver's Filters.and sends {$and: [{a: x}, {b: y}]}.
        store.assertSameAsScan(new Document("boardId", board).append("zone", "zone-1"));
        store.assertSameAsScan(and(eq("boardId", board), eq("zone", "zone-1")));
        store.assertSameAsScan(new Document("_id", card.get("_id")).append("boardId", board));
        store.assertSameAsScan(new Document("_id", card.get("_id")).append("boardId", "board-3"));
        store.assertSameAsScan(and(eq("_id", card.get("_id")), eq("boardId", board)));
        store.assertSameAsScan(and(eq("zone", "zone-2"), and(eq("_id", card.get("_id")), eq("boardId", board))));
        store.assertSameAsScan(and(in("_id", card.get("_id"), docs.get(5).get("_id")), eq("boardId", board)));
        store.assertSameAsScan(in("boardId", "board-1", "board-2", "board-1", "board-none"));
        store.assertSameAsScan(in("boardId", List.of()));
        store.assertSameAsScan(eq("boardId", 7));
        store.assertSameAsScan(eq("boardId", 7.0));
        store.assertSameAsScan(in("boardId", 7L, "board-4"));
        assertThat(store.find("cards", eq("boardId", 7), null)).hasSize(3);

        List<Document> sorted = store.assertSameAsScan(eq("boardId", board), Sorts.descending("createdAt"));
        assertThat(sorted).extracting(d -> d.getInteger("createdAt")).isSortedAccordingTo((a, b) -> b - a);
        assertThat(sorted).hasSize(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void queriesTheIndexCannotAnswerStillWork(String kind) {
        Store store = open(kind);
        store.insert(boards(5, 10));
        long before = store.index().lookups();

        store.assertSameAsScan(regex("boardId", "^board-[12]$"));
        store.assertSameAsScan(eq("boardId", null));
        store.assertSameAsScan(new Document("boardId", new Document("$ne", "board-1")));
        store.assertSameAsScan(new Document("boardId", new Document("$in", Arrays.asList("board-1", null))));
        store.assertSameAsScan(eq("zone", "zone-2"));

        assertThat(store.index().lookups()).as("none of these go through the index").isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void queriesOnTheLeadingKeyGoThroughTheIndex(String kind) {
        Store store = open(kind);
        store.insert(boards(500, 4));
        LeadingKeyIndex<?> index = store.index();
        long before = index.lookups();

        store.find("cards", eq("boardId", "board-42"), null);
        store.find("cards", new Document("_id", new ObjectId()).append("boardId", "board-42"), null);
        store.find("cards", in("boardId", "board-1", "board-2"), null);
        store.collection("cards").updateOne(and(eq("boardId", "board-7"), eq("zone", "zone-1")), Updates.set("x", 1));
        store.collection("cards").deleteMany(eq("boardId", "board-8"));
        store.find("cards", new Document("zone", "zone-1").append("boardId", "board-9"), null);

        assertThat(index.lookups() - before).isEqualTo(6);
        assertThat(index.getCount()).isEqualTo(499 * 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void updatesThatChangeTheIndexedValueMoveTheDocument(String kind) {
        Store store = open(kind);
        List<Document> docs = boards(10, 20);
        store.insert(docs);
        Object first = docs.get(0).get("_id");
        Object second = docs.get(1).get("_id");
        Object third = docs.get(2).get("_id");

        store.update(c -> c.updateOne(eq("_id", first), Updates.set("boardId", "board-5")));
        store.update(c -> c.updateMany(eq("boardId", "board-1"), Updates.set("boardId", "board-9")));
        store.update(c -> c.replaceOne(eq("_id", second), new Document("boardId", "board-new").append("zone", "z")));
        store.update(c -> c.findOneAndUpdate(eq("_id", third), Updates.unset("boardId")));
        store.update(c -> c.updateOne(eq("boardId", "board-2"), Updates.set("text", "same board, other text")));
        ObjectId upserted = new ObjectId();
        store.update(c -> c.updateOne(new Document("_id", upserted).append("boardId", "board-upsert"),
                Updates.set("zone", "zone-1"), new UpdateOptions().upsert(true)));

        for (String board : List.of("board-0", "board-1", "board-2", "board-5", "board-9", "board-new")) {
            store.assertSameAsScan(eq("boardId", board));
        }
        store.assertSameAsScan(eq("boardId", "board-upsert"));
        store.assertSameAsScan(new Document("_id", second).append("boardId", "board-new"));
        store.assertSameAsScan(new Document("_id", first).append("boardId", "board-0"));
        assertThat(store.find("cards", eq("boardId", "board-1"), null)).isEmpty();
        assertThat(store.find("cards", eq("boardId", "board-9"), null)).hasSize(39);
        assertThat(store.index().getCount()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void deletedDocumentsLeaveTheIndex(String kind) {
        Store store = open(kind);
        List<Document> docs = boards(10, 20);
        docs.add(new Document("_id", new ObjectId()).append("zone", "no board"));
        docs.add(new Document("_id", new ObjectId()).append("boardId", List.of()));
        store.insert(docs);

        store.update(c -> c.deleteOne(eq("_id", docs.get(0).get("_id"))));
        store.update(c -> c.deleteMany(eq("boardId", "board-3")));
        store.update(c -> c.findOneAndDelete(eq("boardId", "board-4")));
        store.update(c -> c.deleteMany(eq("zone", "no board")));
        store.update(c -> c.deleteMany(eq("boardId", List.of())));

        for (int b = 0; b < 10; b++) {
            store.assertSameAsScan(eq("boardId", "board-" + b));
        }
        assertThat(store.find("cards", eq("boardId", "board-3"), null)).isEmpty();
        assertThat(store.find("cards", eq("boardId", "board-4"), null)).hasSize(19);
        assertThat(store.collection("cards").countDocuments()).isEqualTo(200 - 1 - 20 - 1);
        assertThat(store.index().getCount()).isEqualTo(200 - 1 - 20 - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void arraysAreIndexedByEachElement(String kind) {
        Store store = open(kind);
        List<Document> docs = List.of(
                new Document("_id", 1).append("boardId", List.of("a", "b")),
                new Document("_id", 2).append("boardId", List.of("b", "c", "b")),
                new Document("_id", 3).append("boardId", List.of()),
                new Document("_id", 4).append("boardId", List.of(List.of("a", "d"), "e")),
                new Document("_id", 5).append("boardId", "a"),
                new Document("_id", 6).append("boardId", List.of(1, 2.0)));
        store.insert(docs);

        for (Object value : List.of("a", "b", "c", "d", "e", 1, 2, 2.0)) {
            store.assertSameAsScan(eq("boardId", value));
        }
        store.assertSameAsScan(in("boardId", "a", "b", "d"));
        assertThat(store.find("cards", eq("boardId", "b"), null)).extracting(d -> d.get("_id")).containsExactly(1, 2);

        store.update(c -> c.updateOne(eq("_id", 1), Updates.pull("boardId", "a")));
        store.update(c -> c.updateOne(eq("_id", 3), Updates.push("boardId", "a")));
        store.update(c -> c.updateOne(eq("_id", 5), Updates.set("boardId", List.of("c"))));
        for (Object value : List.of("a", "b", "c")) {
            store.assertSameAsScan(eq("boardId", value));
        }
        assertThat(store.find("cards", eq("boardId", "c"), null)).extracting(d -> d.get("_id")).containsExactly(2, 5);
    }

    @Test
    void anH2FileReopensWithItsIndexes() {
        Path file = dir.resolve("reopen.mv.db");
        Store first = Store.h2(file);
        List<Document> docs = boards(20, 10);
        first.insert(docs);
        first.close();

        Store store = Store.reopenH2(file);
        opened.add(store);
        assertThat(store.index().getCount()).as("refilled from the file's documents").isEqualTo(200);
        long before = store.index().lookups();
        store.assertSameAsScan(eq("boardId", "board-3"));
        store.assertSameAsScan(new Document("_id", docs.get(33).get("_id")).append("boardId", "board-3"));
        assertThat(store.index().lookups()).isGreaterThan(before);

        store.update(c -> c.updateOne(eq("_id", docs.get(0).get("_id")), Updates.set("boardId", "board-3")));
        store.update(c -> c.deleteOne(eq("_id", docs.get(31).get("_id"))));
        store.assertSameAsScan(eq("boardId", "board-3"));
        store.assertSameAsScan(eq("boardId", "board-0"));
    }

    @Test
    void theLibraryAloneIgnoresTheIndexAndDottedKeysKeepItsBehaviour() {
        MVStore mvStore = MVStore.open(null);
        Store plain = new Store(new H2Backend(mvStore));
        opened.add(plain);
        plain.insert(boards(2, 2));
        assertThat(plain.indexes()).noneMatch(LeadingKeyIndex.class::isInstance);

        Store store = open("h2");
        store.collection("cards").createIndex(Indexes.ascending("meta.boardId"));
        store.insert(List.of(new Document("_id", 1).append("meta", List.of(new Document("boardId", "a")))));
        assertThat(store.find("cards", eq("meta.boardId", "a"), null)).hasSize(1);
        store.collection("cards").dropIndex("meta.boardId_1");
        store.collection("cards").dropIndex("boardId_1_createdAt_1");
        store.update(c -> c.deleteMany(eq("meta.boardId", "a")));
        assertThat(store.indexes()).noneMatch(LeadingKeyIndex.class::isInstance);
    }

    private Store open(String kind) {
        Store store = kind.equals("memory")
                ? new Store(new IndexedMemoryBackend())
                : Store.h2(dir.resolve("test.mv.db"));
        opened.add(store);
        return store;
    }

    /** Cards on {@code boards} boards, {@code perBoard} each, interleaved as they would be in a shared store. */
    private static List<Document> boards(int boards, int perBoard) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < boards * perBoard; i++) {
            docs.add(new Document("_id", new ObjectId())
                    .append("boardId", "board-" + (i % boards))
                    .append("zone", "zone-" + (i % 3))
                    .append("createdAt", (i * 7919) % 1000)
                    .append("text", "card " + i));
        }
        return docs;
    }

    /** A server on a backend, a client, and two collections with the same documents: "cards" (indexed) and "scan". */
    private static final class Store {
        private final AbstractMongoBackend backend;
        private final MongoServer server;
        private final MongoClient client;

        Store(AbstractMongoBackend backend) {
            this(backend, true);
        }

        private Store(AbstractMongoBackend backend, boolean createIndex) {
            this.backend = backend;
            this.server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
            this.client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
            if (createIndex) {
                collection("cards").createIndex(Indexes.ascending("boardId", "createdAt"));
            }
        }

        static Store h2(Path file) {
            return new Store(new IndexedH2Backend(new MVStore.Builder().fileName(file.toString()).open()));
        }

        /** The file's own index definitions only: nothing asks for the index again. */
        static Store reopenH2(Path file) {
            return new Store(new IndexedH2Backend(new MVStore.Builder().fileName(file.toString()).open()), false);
        }

        MongoCollection<Document> collection(String name) {
            return client.getDatabase(DB).getCollection(name);
        }

        void insert(List<Document> docs) {
            collection("cards").insertMany(docs.stream().map(Document::new).toList());
            collection("scan").insertMany(docs.stream().map(Document::new).toList());
        }

        /** Applies the same change to both collections. */
        void update(Consumer<MongoCollection<Document>> change) {
            change.accept(collection("cards"));
            change.accept(collection("scan"));
        }

        List<Document> find(String collection, Bson filter, Bson sort) {
            return collection(collection).find(filter).sort(sort).into(new ArrayList<>());
        }

        List<Document> assertSameAsScan(Bson filter) {
            return assertSameAsScan(filter, null);
        }

        List<Document> assertSameAsScan(Bson filter, Bson sort) {
            List<Document> scanned = find("scan", filter, sort);
            assertThat(find("cards", filter, sort)).as(filter.toString()).containsExactlyElementsOf(scanned);
            return scanned;
        }

        List<? extends Index<?>> indexes() {
            return backend.resolveDatabase(DB).resolveCollection("cards", true).getIndexes();
        }

        LeadingKeyIndex<?> index() {
            return (LeadingKeyIndex<?>) indexes().stream()
                    .filter(LeadingKeyIndex.class::isInstance)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no LeadingKeyIndex on cards: " + indexes()));
        }

        void close() {
            client.close();
            server.shutdownNow();
        }
    }
}
