package app.atelier.board.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A follower that first receives what it missed (read from the log) and only then the live events, which it holds
 * back meanwhile. Each seq reaches it once, in order.
 */
public final class CatchUp implements LiveBoard.Follower {
    private final Consumer<BoardEventLog.Entry> consumer;
    private final Runnable resync;
    /** Live events that arrived while catching up; null once live. */
    private List<BoardEventLog.Entry> held = new ArrayList<>();
    private long delivered;

    CatchUp(Consumer<BoardEventLog.Entry> consumer, Runnable resync) {
        this.consumer = consumer;
        this.resync = resync;
    }

    @Override
    public synchronized void onEvent(BoardEventLog.Entry entry) {
        if (held != null) {
            held.add(entry);
        } else {
            deliver(entry);
        }
    }

    @Override
    public synchronized void onResync() {
        if (held != null) {
            held.clear();
        }
        delivered = 0;
        resync.run();
    }

    /** Delivers what was missed (after {@code from}), then what arrived meanwhile, then live. */
    public synchronized void goLive(long from, List<BoardEventLog.Entry> missed) {
        delivered = from;
        missed.forEach(this::deliver);
        held.forEach(this::deliver);
        held = null;
    }

    public synchronized void resyncAndGoLive(long from) {
        resync.run();
        goLive(from, List.of());
    }

    private void deliver(BoardEventLog.Entry entry) {
        if (entry.seq() > delivered) {
            delivered = entry.seq();
            consumer.accept(entry);
        }
    }
}
