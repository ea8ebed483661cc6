package app.atelier.base.store;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Where a feature keeps what people wrote on a board, for a sealed time capsule to take it out of reach: each
 * portion is a collection and the query that finds the board's documents in it. Sealing encrypts them into the
 * vault, lowest {@code order} first, and removes them; opening puts them back in the reverse order. A feature that
 * stores a board's content in a new collection declares it here, or sealing would leave it readable.
 */
public interface SealableContent {
    /** Cards go first (what pages show), what hangs on them after, the event log last. */
    int CARDS = 0;
    int ON_CARDS = 10;
    int LOG = 100;

    /** The board's portions in this feature. */
    List<Portion> portionsOf(String boardId);

    /**
     * A collection, the query that finds the board's documents in it, and what follows once some were sealed or
     * put back (told the documents, as stored: pages told that cards went or came back). {@code standIn}, if not
     * null, makes the content-free document left in a sealed one's place (an event log keeps no holes); the query
     * must not find stand-ins.
     */
    record Portion(int order, String collection, Query query, UnaryOperator<Document> standIn,
                   Consumer<List<Document>> afterSeal, Consumer<List<Document>> afterOpen) {
        public static Portion of(int order, String collection, Query query) {
            return new Portion(order, collection, query, null, documents -> { }, documents -> { });
        }
    }
}
