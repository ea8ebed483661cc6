package app.atelier.board.internal;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One change stream per node on the event log (inserts only; MongoDB advises against many narrow streams, so the
 * node filters by board itself), read with {@code tryNext} on its own thread so recovery is in our hands: the
 * resume token is kept in memory; after any error the stream is reopened (from the token, or from now if the
 * history is gone) and every held board is caught up from the log by {@code seq}, so nothing is missed.
 */
public final class ChangeStreamFeed implements EventFeeds.Feed {
    private static final Logger log = LoggerFactory.getLogger(ChangeStreamFeed.class);
    /** ChangeStreamHistoryLost: the token is older than the oplog. */
    private static final int HISTORY_LOST = 286;

    private final MongoTemplate mongo;
    private final LiveBoards live;
    private final Thread thread;
    private volatile boolean running = true;
    private BsonDocument resumeToken;

    ChangeStreamFeed(MongoTemplate mongo, LiveBoards live) {
        this.mongo = mongo;
        this.live = live;
        this.thread = Thread.ofPlatform().daemon().name("event-feed-change-stream").start(this::run);
    }

    private void run() {
        while (running) {
            try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = open()) {
                live.catchUpAll(); // whatever was written while the stream was not open
                while (running) {
                    long started = System.nanoTime();
                    ChangeStreamDocument<Document> change = cursor.tryNext();
                    if (change == null) {
                        idle(started);
                        continue;
                    }
                    resumeToken = change.getResumeToken();
                    Document inserted = change.getFullDocument();
                    if (inserted != null && live.holds(inserted.getString("boardId"))) {
                        live.offer(mongo.getConverter().read(EventRecord.class, inserted).entry(mongo.getConverter()));
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (MongoCommandException e) {
                if (e.getErrorCode() == HISTORY_LOST) {
                    resumeToken = null;
                }
                pause(e);
            } catch (RuntimeException e) {
                pause(e);
            }
        }
    }

    /** A real replica set waits for news inside tryNext; a store that answers at once is not asked in a busy loop. */
    private static void idle(long startedNanos) throws InterruptedException {
        if (System.nanoTime() - startedNanos < 5_000_000) {
            Thread.sleep(20);
        }
    }

    private MongoChangeStreamCursor<ChangeStreamDocument<Document>> open() {
        var stream = mongo.getCollection(mongo.getCollectionName(EventRecord.class))
                .watch(List.of(Aggregates.match(Filters.in("operationType", List.of("insert")))))
                .maxAwaitTime(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (resumeToken != null) {
            stream = stream.resumeAfter(resumeToken);
        }
        return stream.cursor();
    }

    private void pause(RuntimeException e) {
        if (!running) {
            return;
        }
        log.warn("The event log's change stream failed; reopening it and catching up from the log", e);
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
            running = false;
        }
    }

    @Override
    public String name() {
        return "a change stream on the event log";
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
