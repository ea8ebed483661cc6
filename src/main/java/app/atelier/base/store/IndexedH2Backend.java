package app.atelier.base.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The H2 (MVStore file) backend with real non-unique indexes: mongo-java-server ignores them, so without this every
 * {@code {boardId: x}} query reads every card of every board. See {@link LeadingKeyIndex}.
 */
public class IndexedH2Backend extends H2Backend {
    private static final Logger log = LoggerFactory.getLogger(IndexedH2Backend.class);

    public IndexedH2Backend(MVStore mvStore) {
        super(mvStore);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // Called from H2Backend's constructor too: use nothing of this subclass but what H2Backend already holds.
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    static class Database extends H2Database {
        Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
            super(databaseName, mvStore, cursorRegistry);
        }

        /** Also runs inside H2Database's constructor, which reopens the file's indexes: no instance state here. */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            if (!LeadingKeyIndex.supports(keys)) {
                return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
            }
            log.info("adding leading-key index {} {} for collection {}", indexName, keys, collectionName);
            // A position is the document's _id, the key of the collection's MVMap, which orders its keys by
            // ObjectDataType; one comparator per query, as ObjectDataType keeps state while comparing.
            return new LeadingKeyIndex<>(indexName, keys, sparse, ObjectDataType::new);
        }
    }
}
