package app.atelier.board.internal;

import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Where board events are published and followed. Publishing appends the event to the board's persistent log
 * ({@link BoardEventLog}), which numbers it, then applies it to the board held in memory here
 * ({@link LiveBoards}), whose followers (open pages, event API clients) hear it in order. Events written on
 * other nodes arrive through a feed ({@link EventFeeds}) and take the same path from the log on.
 */
@Component
public class BoardEventBus {
    private final BoardEventLog eventLog;
    private final LiveBoards live;
    private final Counter written;
    private final Timer appended;
    private final Timer pushed;

    BoardEventBus(BoardEventLog eventLog, LiveBoards live, MeterRegistry metrics) {
        this.eventLog = eventLog;
        this.live = live;
        this.written = Counter.builder("atelier.board.events").description("Board events written by this node")
                .register(metrics);
        this.appended = Timer.builder("atelier.store.latency").tag("operation", "log.append")
                .description("Writing an event to the board's log in the store").publishPercentileHistogram()
                .register(metrics);
        this.pushed = Timer.builder("atelier.push.latency")
                .description("From an event's entry in the log to its followers on this node (pages, walls, crowds)")
                .publishPercentileHistogram().register(metrics);
        Gauge.builder("atelier.boards.open", live, LiveBoards::held).description("Boards held in memory on this node")
                .register(metrics);
    }

    public void publish(BoardEvent event) {
        publish(event, null);
    }

    /** Persists the event in the board's log (with who made it), then tells this node's followers. */
    public void publish(BoardEvent event, String actorId) {
        BoardEventLog.Entry entry = appended.record(() -> eventLog.append(event, actorId));
        written.increment();
        live.offer(entry);
    }

    /** Follows the board's events from now on; {@code onResync} when it must reload the board. */
    public Registration subscribe(String boardId, Consumer<BoardEvent> listener, Runnable onResync) {
        return subscribeInRuns(boardId, run -> run.forEach(entry -> listener.accept(entry.event())), onResync);
    }

    /**
     * Follows the board's events from now on, as an open page does: the events that queued up while others were
     * told come together, in order, so the page sends them in one push.
     */
    public Registration subscribeInRuns(String boardId, Consumer<List<BoardEventLog.Entry>> listener,
                                        Runnable onResync) {
        LiveBoard.Follower follower = new LiveBoard.Follower() {
            @Override
            public void onEvent(BoardEventLog.Entry entry) {
                listener.accept(List.of(entry));
                pushedAfter(entry);
            }

            @Override
            public void onEvents(List<BoardEventLog.Entry> entries) {
                listener.accept(entries);
                entries.forEach(this::pushedAfter);
            }

            /** A page runs its update at once unless its session is busy (then just after): close enough. */
            private void pushedAfter(BoardEventLog.Entry entry) {
                pushed.record(System.currentTimeMillis() - entry.at().toEpochMilli(), TimeUnit.MILLISECONDS);
            }

            @Override
            public void onResync() {
                onResync.run();
            }
        };
        live.follow(boardId, follower);
        return () -> live.unfollow(boardId, follower);
    }

    /** A follower from now on, and the session as of the seq it starts after. */
    public record Following(long seq, Board board, Registration registration) {
    }

    /**
     * Follows the board's numbered events from now on, knowing the session they start from: for a follower that
     * judges each event against the session as it was then (what a viewer may see of a card).
     */
    public Following followFromNow(String boardId, LiveBoard.Follower follower) {
        LiveBoard.Start start = live.start(boardId, follower);
        return new Following(start.seq(), start.board(), () -> live.unfollow(boardId, follower));
    }

    public Registration subscribe(String boardId, Consumer<BoardEvent> listener) {
        return subscribe(boardId, listener, () -> { });
    }

    /**
     * Follows the board's numbered events for a client that has seen everything up to {@code since} (-1: from
     * now on): first what it missed, read from the log, then live, with no gap and no duplicate. When the log
     * cannot say what it missed ({@code since} older than what is kept, or newer than the board's latest),
     * {@code resync} runs first and following starts from now.
     */
    public Registration follow(String boardId, long since, Consumer<BoardEventLog.Entry> follower, Runnable resync) {
        CatchUp catchUp = new CatchUp(follower, resync);
        long liveSeq = live.follow(boardId, catchUp);
        try {
            if (since < 0) {
                catchUp.goLive(liveSeq, List.of());
            } else if ((since > liveSeq && !eventLog.exists(boardId, since))
                    || since < eventLog.firstKept(boardId) - 1) {
                catchUp.resyncAndGoLive(liveSeq);
            } else {
                var missed = eventLog.read(boardId, since, liveSeq);
                if (missed.size() == Math.max(0, liveSeq - since)) {
                    catchUp.goLive(since, missed);
                } else {
                    catchUp.resyncAndGoLive(liveSeq); // pruned while we looked
                }
            }
        } catch (RuntimeException e) {
            live.unfollow(boardId, catchUp);
            throw e;
        }
        return () -> live.unfollow(boardId, catchUp);
    }

    /** The board's latest seq as this node knows it. */
    public long lastSeq(String boardId) {
        return live.get(boardId).seq();
    }

    /** How many followers the board has on this node (for leak checks and metrics). */
    public int listenerCount(String boardId) {
        return live.holds(boardId) ? live.get(boardId).followerCount() : 0;
    }
}
