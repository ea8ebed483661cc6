package app.atelier.board;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Numbers every board event (a per-board sequence) and keeps the most recent ones, so a client of the live event
 * API that reconnects with its last sequence number receives exactly what it missed. In memory, per node.
 */
public class BoardEventJournal {
    /** An event and its place in the board's sequence. */
    public record Entry(long seq, BoardEvent event) {
    }

    private final int keep;
    private final Map<String, Log> logs = new ConcurrentHashMap<>();

    public BoardEventJournal(int keep) {
        this.keep = keep;
    }

    private static final class Log {
        long last;
        final ArrayDeque<Entry> recent = new ArrayDeque<>();
        final List<Consumer<Entry>> followers = new CopyOnWriteArrayList<>();
    }

    /** Numbers the event and hands it to the board's followers, in sequence order. */
    void append(BoardEvent event) {
        Log log = logs.computeIfAbsent(event.boardId(), id -> new Log());
        synchronized (log) {
            Entry entry = new Entry(++log.last, event);
            log.recent.addLast(entry);
            if (log.recent.size() > keep) {
                log.recent.removeFirst();
            }
            log.followers.forEach(follower -> follower.accept(entry));
        }
    }

    /** The last sequence number of the board (0 before its first event on this node). */
    public long last(String boardId) {
        Log log = logs.get(boardId);
        if (log == null) {
            return 0;
        }
        synchronized (log) {
            return log.last;
        }
    }

    /**
     * Replays the events after {@code since}, then follows live, with no gap and no duplicate. If {@code since} is
     * older than what is kept, {@code tooOld} runs first (the client should reload the board) and following starts
     * from now.
     */
    public Registration follow(String boardId, long since, Consumer<Entry> follower, Runnable tooOld) {
        Log log = logs.computeIfAbsent(boardId, id -> new Log());
        synchronized (log) {
            long oldest = log.recent.isEmpty() ? log.last + 1 : log.recent.getFirst().seq();
            if (since >= 0 && since < log.last && since + 1 < oldest) {
                tooOld.run();
            } else if (since >= 0) {
                log.recent.stream().filter(e -> e.seq() > since).forEach(follower);
            }
            log.followers.add(follower);
        }
        return () -> log.followers.remove(follower);
    }
}
