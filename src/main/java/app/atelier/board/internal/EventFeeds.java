package app.atelier.board.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * How this node hears the events other nodes write: one change stream on the event log when the store is a
 * replica set (or a sharded cluster), a polling feed otherwise (a standalone MongoDB, the embedded store).
 * {@code atelier.cluster.feed} = {@code auto} (default), {@code change-stream} or {@code polling}.
 */
@Component
public class EventFeeds {
    private static final Logger log = LoggerFactory.getLogger(EventFeeds.class);

    /** A running feed. */
    public interface Feed extends AutoCloseable {
        String name();

        @Override
        void close();
    }

    private final MongoTemplate mongo;
    private final LiveBoards live;
    private final String mode;
    private final Duration pollInterval;
    private Feed feed;

    EventFeeds(MongoTemplate mongo, LiveBoards live, @Value("${atelier.cluster.feed:auto}") String mode,
               @Value("${atelier.cluster.poll-interval:100ms}") Duration pollInterval) {
        this.mongo = mongo;
        this.live = live;
        this.mode = mode;
        this.pollInterval = pollInterval;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (feed != null) {
            return;
        }
        boolean changeStream = switch (mode) {
            case "change-stream" -> true;
            case "polling" -> false;
            case "auto" -> storeIsReplicated();
            default -> throw new IllegalArgumentException(
                    "atelier.cluster.feed must be auto, change-stream or polling, not " + mode);
        };
        feed = changeStream ? new ChangeStreamFeed(mongo, live) : new PollingFeed(live, pollInterval);
        log.info("Nodes hear each other's board events through {}", feed.name());
    }

    /** Change streams need a replica set (or mongos): {@code hello} names the set, or says "isdbgrid". */
    private boolean storeIsReplicated() {
        try {
            Document hello = mongo.executeCommand(new Document("isMaster", 1));
            return hello.containsKey("setName") || "isdbgrid".equals(hello.get("msg"));
        } catch (RuntimeException e) {
            log.debug("The store did not say whether it is a replica set", e);
            return false;
        }
    }

    public String feedName() {
        return feed == null ? "none" : feed.name();
    }

    @PreDestroy
    public synchronized void stop() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }
}
