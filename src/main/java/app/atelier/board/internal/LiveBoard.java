package app.atelier.board.internal;

import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.Card;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One board as this node holds it in memory: its session and cards, current up to {@code seq}, kept so by applying
 * the board's logged events strictly in order. An event that arrives early waits in {@code early} until the ones
 * before it are applied (the log is asked for them).
 *
 * <p>Followers hear each event once, in order, after it is applied, but not under the board's lock: telling a
 * thousand open pages takes tens of milliseconds, during which writers and joins must not wait. Followers are spread
 * over a few {@link Lane}s; applied events are queued on every lane, and a lane is drained by one thread at a time
 * (whichever offered an event and found it free), so each follower hears events in order while lanes run in
 * parallel.
 */
public final class LiveBoard {
    private static final Logger log = LoggerFactory.getLogger(LiveBoard.class);

    /** Someone following the board: its events in order, or "start again" when the node lost its thread. */
    public interface Follower {
        void onEvent(BoardEventLog.Entry entry);

        /**
         * Several events in a row, in order: what queued up while the lane was busy telling others. A page takes
         * them in one update (one push instead of one per event), so a lane that falls behind catches up faster.
         */
        default void onEvents(List<BoardEventLog.Entry> entries) {
            entries.forEach(this::onEvent);
        }

        default void onResync() {
        }
    }

    /** A few lanes run in parallel (measured: 32 did no better than 4 on 2 cores). */
    private static final int LANES = 4;
    private static final Object RESYNC = new Object();

    final String id;
    private final Lane[] lanes = new Lane[LANES];
    private int nextLane;
    private long seq;
    private Board board;
    /** In posting order. */
    private final Map<String, Card> cards = new LinkedHashMap<>();
    /** How many cards each zone holds: where the next new card goes, without going through every card. */
    private final Map<String, Integer> perZone = new HashMap<>();
    private final TreeMap<Long, BoardEventLog.Entry> early = new TreeMap<>();
    private volatile long lastUsedNanos = System.nanoTime();
    /** Nothing is applied before the board is first read from the store. */
    private volatile boolean loaded;

    LiveBoard(String id) {
        this.id = id;
        for (int i = 0; i < LANES; i++) {
            lanes[i] = new Lane();
        }
    }

    /** A follower and the seq it started after: it hears only later events. */
    private record Seat(Follower follower, long after) {
    }

    /** Some followers, and the events and resyncs queued for them. */
    private final class Lane {
        final List<Seat> seats = new CopyOnWriteArrayList<>();
        final Queue<Object> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean draining = new AtomicBoolean();

        void drain() {
            while (!queue.isEmpty() && draining.compareAndSet(false, true)) {
                try {
                    List<Object> items = new ArrayList<>();
                    for (Object item = queue.poll(); item != null; item = queue.poll()) {
                        items.add(item);
                    }
                    tell(items);
                } finally {
                    draining.set(false);
                }
            }
        }

        /** Each follower hears the items in order: its runs of events between resyncs, each run at once. */
        private void tell(List<Object> items) {
            for (Seat seat : seats) {
                try {
                    List<BoardEventLog.Entry> run = new ArrayList<>(items.size());
                    for (Object item : items) {
                        if (item == RESYNC) {
                            tellRun(seat, run);
                            run.clear();
                            seat.follower().onResync();
                        } else if (((BoardEventLog.Entry) item).seq() > seat.after()) {
                            run.add((BoardEventLog.Entry) item);
                        }
                    }
                    tellRun(seat, run);
                } catch (RuntimeException e) {
                    log.warn("A follower of board {} failed", id, e);
                }
            }
        }

        private static void tellRun(Seat seat, List<BoardEventLog.Entry> run) {
            if (run.size() == 1) {
                seat.follower().onEvent(run.getFirst());
            } else if (!run.isEmpty()) {
                seat.follower().onEvents(List.copyOf(run));
            }
        }
    }

    /** Replaces the state with what the store holds at {@code seq} (on first use, or after losing the thread). */
    public synchronized void load(long seq, Board board, List<Card> cardsInOrder) {
        this.seq = seq;
        this.board = board;
        cards.clear();
        perZone.clear();
        cardsInOrder.forEach(this::put);
        early.headMap(seq, true).clear();
        loaded = true;
    }

    public boolean isLoaded() {
        return loaded;
    }

    /** The last seq of the events waiting for a missing one (0 if none wait). */
    public synchronized long lastEarly() {
        return early.isEmpty() ? 0 : early.lastKey();
    }

    /**
     * Takes an event: applied now if it is the next one (then any early ones that follow), kept if it is early,
     * ignored if already applied; what was applied is queued for the followers ({@link #tellFollowers()}). Returns
     * whether events are still missing before those kept.
     */
    public synchronized boolean accept(BoardEventLog.Entry entry) {
        if (!loaded) {
            return false; // the load reads it from the store, or the log right after
        }
        if (entry.seq() <= seq) {
            return !early.isEmpty();
        }
        early.put(entry.seq(), entry);
        while (!early.isEmpty() && early.firstKey() == seq + 1) {
            apply(early.pollFirstEntry().getValue());
        }
        return !early.isEmpty();
    }

    private void apply(BoardEventLog.Entry entry) {
        seq = entry.seq();
        switch (entry.event()) {
            case BoardEvent.CardSaved saved -> {
                Card known = cards.get(saved.card().getId());
                if (known == null || known.getVersion() <= saved.card().getVersion()) {
                    put(saved.card());
                }
            }
            case BoardEvent.CardDeleted deleted -> remove(deleted.cardId());
            case BoardEvent.SessionChanged changed -> {
                board = changed.board(); // a new round's zeroed dots arrive before it, as card events
            }
            case BoardEvent.CommentsChanged ignored -> {
                // the count travels with the card's own event
            }
            case BoardEvent.AccessChanged ignored -> {
                // for the followers: who may see the board is not part of it
            }
            case BoardEvent.PlanChanged ignored -> {
                // for the followers: the plan is kept by its own feature
            }
            case BoardEvent.IdeaChanged ignored -> {
                // for the followers: a crowd's ideas are kept by their own feature
            }
        }
        for (Lane lane : lanes) {
            lane.queue.add(entry);
        }
    }

    /** Tells the followers what was applied, in order; returns at once for lanes another thread is telling. */
    public void tellFollowers() {
        for (Lane lane : lanes) {
            lane.drain();
        }
    }

    /** Tells every follower to start again from the current state (after a reload). */
    public void resync() {
        synchronized (this) {
            for (Lane lane : lanes) {
                lane.queue.add(RESYNC);
            }
        }
        tellFollowers();
    }

    /** The first seq still missing before the early events, or 0 when none is missing. */
    public synchronized long missingFrom() {
        return early.isEmpty() ? 0 : seq + 1;
    }

    /** Adds a follower and returns the seq it starts after: it hears every later event. */
    public synchronized long follow(Follower follower) {
        return start(follower).seq();
    }

    /** The board as of one seq: its session and cards; what follows it is numbered after. */
    public record Snapshot(long seq, Board board, List<Card> cards) {
    }

    /** Where a follower starts: after this seq, from this session. */
    public record Start(long seq, Board board) {
    }

    /** Adds a follower and returns where it starts: it hears every later event. */
    public synchronized Start start(Follower follower) {
        lanes[nextLane++ % LANES].seats.add(new Seat(follower, seq));
        touch();
        return new Start(seq, board);
    }

    /** The session and every card, in posting order, with the seq they are current with. */
    public synchronized Snapshot snapshot() {
        touch();
        return new Snapshot(seq, board, new ArrayList<>(cards.values()));
    }

    public void unfollow(Follower follower) {
        for (Lane lane : lanes) {
            lane.seats.removeIf(seat -> seat.follower() == follower);
        }
        touch();
    }

    public int followerCount() {
        int count = 0;
        for (Lane lane : lanes) {
            count += lane.seats.size();
        }
        return count;
    }

    public synchronized long seq() {
        return seq;
    }

    public synchronized Board board() {
        touch();
        return board;
    }

    /** A card saved again keeps its place in posting order. */
    private void put(Card card) {
        Card before = cards.put(card.getId(), card);
        if (before != null) {
            perZone.merge(before.getZone(), -1, Integer::sum);
        }
        perZone.merge(card.getZone(), 1, Integer::sum);
    }

    private void remove(String cardId) {
        Card gone = cards.remove(cardId);
        if (gone != null) {
            perZone.merge(gone.getZone(), -1, Integer::sum);
        }
    }

    /** How many cards are in the zone now. */
    public synchronized int countIn(String zoneId) {
        touch();
        return perZone.getOrDefault(zoneId, 0);
    }

    /** These cards, in the order asked, leaving out any gone: a lookup, not a copy of the whole board. */
    public synchronized List<Card> cards(List<String> ids) {
        touch();
        return ids.stream().map(cards::get).filter(Objects::nonNull).toList();
    }

    public synchronized List<Card> cards() {
        touch();
        return new ArrayList<>(cards.values());
    }

    private void touch() {
        lastUsedNanos = System.nanoTime();
    }

    public long idleNanos() {
        return System.nanoTime() - lastUsedNanos;
    }
}
