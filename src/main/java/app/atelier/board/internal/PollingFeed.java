package app.atelier.board.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code atelier.cluster.poll-interval} (100 ms), asks the log in one query for the next event of every board
 * held here, and reads on where there is one. An event from another node is then seen within one interval plus a
 * read: 100 ms keeps a change well under a quarter of a second from screen to screen, for one small query per
 * interval and node however many boards are held.
 */
public final class PollingFeed implements EventFeeds.Feed {
    private static final Logger log = LoggerFactory.getLogger(PollingFeed.class);

    private final LiveBoards live;
    private final long intervalMs;
    private final Thread thread;
    private volatile boolean running = true;

    PollingFeed(LiveBoards live, Duration interval) {
        this.live = live;
        this.intervalMs = Math.max(1, interval.toMillis());
        this.thread = Thread.ofPlatform().daemon().name("event-feed-polling").start(this::run);
    }

    private void run() {
        while (running) {
            try {
                live.catchUpAll();
                Thread.sleep(intervalMs);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Polling the event log failed; trying again", e);
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(Math.max(intervalMs, 1_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public String name() {
        return "polling every " + intervalMs + " ms";
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
