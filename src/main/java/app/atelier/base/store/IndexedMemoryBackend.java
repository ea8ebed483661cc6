package app.atelier.base.store;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory backend (tests) with real non-unique indexes, as in production: mongo-java-server ignores them.
 * See {@link LeadingKeyIndex}.
 */
public class IndexedMemoryBackend extends MemoryBackend {
    private static final Logger log = LoggerFactory.getLogger(IndexedMemoryBackend.class);

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    static class Database extends MemoryDatabase {
        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                            boolean sparse) {
            if (!LeadingKeyIndex.supports(keys)) {
                return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
            }
            log.info("adding leading-key index {} {} for collection {}", indexName, keys, collectionName);
            // A position is the document's slot in the collection's list, scanned in ascending order.
            return new LeadingKeyIndex<>(indexName, keys, sparse, Comparator::<Integer>naturalOrder);
        }
    }
}
