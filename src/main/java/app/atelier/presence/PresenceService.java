package app.atelier.presence;

import app.atelier.security.Actor;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.time.Instant;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Who is on which board now. Each open page holds a seat; a person with two tabs counts once.
 *
 * <p>A newcomer gets the room at once; the others are told at most once per {@code atelier.presence.coalesce}
 * (the first change right away, those that follow within the window in one message at its end). Without this a
 * crowd of N arriving costs N² messages, each listing everyone; with it, a crowd of 1,000 arriving in 10 s costs
 * about 20 small messages per page: the summary names only the first {@link #NAMED} people, plus the count.
 *
 * <p>Across nodes (see {@link SharedPresence}): every {@code atelier.presence.heartbeat} (10 s), and when its rooms
 * change, a node writes who it has on each board; every {@code atelier.presence.poll} (2 s) it reads who the other
 * nodes have on its boards. A node that dies stops beating, and its people drop out once their heartbeat is older
 * than {@code atelier.presence.expiry} (30 s).
 */
@Service
public class PresenceService {
    /** How many people a summary names; the others are only counted. */
    public static final int NAMED = 8;

    /** The people on a board as a page shows them: how many, and the first few by name. */
    public record Presence(int count, List<Actor> named) {
        static final Presence EMPTY = new Presence(0, List.of());
    }

    private record Seat(Actor participant, Consumer<Presence> listener) {
    }

    private static final Logger log = LoggerFactory.getLogger(PresenceService.class);

    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    /** Who the other nodes have on each board held here, as of the last poll. */
    private final Map<String, List<Actor>> elsewhere = new ConcurrentHashMap<>();
    private final long coalesceNanos;
    private final SharedPresence shared;
    private final Duration expiry;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "presence");
        thread.setDaemon(true);
        return thread;
    });

    /** Presence on this node alone. */
    public PresenceService(Duration coalesce) {
        this.coalesceNanos = coalesce.toNanos();
        this.shared = null;
        this.expiry = Duration.ZERO;
    }

    @Autowired
    PresenceService(@Value("${atelier.presence.coalesce:500ms}") Duration coalesce, SharedPresence shared,
                    @Value("${atelier.presence.heartbeat:10s}") Duration heartbeat,
                    @Value("${atelier.presence.poll:2s}") Duration poll,
                    @Value("${atelier.presence.expiry:30s}") Duration expiry) {
        this.coalesceNanos = coalesce.toNanos();
        this.shared = shared;
        this.expiry = expiry;
        timer.scheduleWithFixedDelay(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::hearOtherNodes, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Takes a seat on the board; {@code listener} gets the room now and after changes (coalesced). */
    public Registration join(String boardId, Actor participant, Consumer<Presence> listener) {
        Object key = new Object();
        Room room = rooms.compute(boardId, (id, existing) -> {
            Room r = existing == null ? new Room(id) : existing;
            r.seats.put(key, new Seat(participant, listener));
            return r;
        });
        if (!room.changed()) {
            listener.accept(room.summary()); // the others hear later; the newcomer sees the room at once
        }
        return () -> {
            Room left = rooms.computeIfPresent(boardId, (id, r) -> {
                r.seats.remove(key);
                return r.seats.isEmpty() ? null : r;
            });
            if (left != null) {
                left.changed();
            } else {
                elsewhere.remove(boardId);
                share(() -> shared.remove(boardId));
            }
        };
    }

    /** The people on the board now, by name. */
    public List<Actor> present(String boardId) {
        Room room = rooms.get(boardId);
        return room == null ? List.of() : room.people();
    }

    /** How many open pages hold a seat on any board of this node. */
    public int seatsHere() {
        return rooms.values().stream().mapToInt(room -> room.seats.size()).sum();
    }

    /** How many open pages hold a seat on the board (for leak checks). */
    public int seatCount(String boardId) {
        Room room = rooms.get(boardId);
        return room == null ? 0 : room.seats.size();
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        if (shared != null) {
            rooms.keySet().forEach(this::leaveQuietly); // a clean stop takes its people off at once
        }
    }

    private void leaveQuietly(String boardId) {
        try {
            shared.remove(boardId);
        } catch (RuntimeException e) {
            // the store may already be closing: the heartbeat expires anyway
        }
    }

    /** Runs a store write on the presence thread: a join never waits for the store. */
    private void share(Runnable write) {
        if (shared != null && !timer.isShutdown()) {
            timer.execute(() -> {
                try {
                    write.run();
                } catch (RuntimeException e) {
                    if (!timer.isShutdown()) {
                        log.warn("Sharing presence with the other nodes failed", e);
                    }
                }
            });
        }
    }

    private void heartbeat() {
        rooms.forEach((boardId, room) -> share(() -> shared.write(boardId, room.here())));
    }

    /** Reads who the other nodes have on this node's boards; a room whose people changed is told. */
    private void hearOtherNodes() {
        try {
            Instant now = shared.now();
            Map<String, List<Actor>> heard = shared.othersOn(rooms.keySet(), now.minus(expiry));
            for (Map.Entry<String, Room> room : rooms.entrySet()) {
                List<Actor> people = heard.getOrDefault(room.getKey(), List.of());
                List<Actor> before = elsewhere.put(room.getKey(), people);
                if (!people.equals(before == null ? List.of() : before)) {
                    room.getValue().changed();
                }
            }
            shared.removeStale(now.minus(expiry));
        } catch (RuntimeException e) {
            if (!timer.isShutdown()) {
                log.warn("Hearing presence from the other nodes failed", e);
            }
        }
    }

    private final class Room {
        final String boardId;
        final Map<Object, Seat> seats = new ConcurrentHashMap<>();
        private long lastFlush = System.nanoTime() - coalesceNanos;
        private boolean flushPending;

        Room(String boardId) {
            this.boardId = boardId;
        }

        /** Everyone on the board, on this node or another, once each. */
        List<Actor> people() {
            return Stream.concat(seats.values().stream().map(Seat::participant),
                            elsewhere.getOrDefault(boardId, List.of()).stream()).distinct()
                    .sorted(Comparator.comparing(Actor::name, String.CASE_INSENSITIVE_ORDER)).toList();
        }

        /** The people this node has on the board. */
        List<Actor> here() {
            return seats.values().stream().map(Seat::participant).distinct().toList();
        }

        Presence summary() {
            List<Actor> people = people();
            return people.isEmpty() ? Presence.EMPTY
                    : new Presence(people.size(), List.copyOf(people.subList(0, Math.min(NAMED, people.size()))));
        }

        /**
         * Someone came or went: tell the room now if it has not been told lately, else once the window ends.
         * Returns whether everyone was told now.
         */
        boolean changed() {
            long wait;
            synchronized (this) {
                if (flushPending) {
                    return false;
                }
                wait = lastFlush + coalesceNanos - System.nanoTime();
                if (wait > 0) {
                    flushPending = true;
                } else {
                    lastFlush = System.nanoTime();
                }
            }
            if (wait > 0) {
                timer.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
                return false;
            }
            tell();
            return true;
        }

        private void flush() {
            synchronized (this) {
                flushPending = false;
                lastFlush = System.nanoTime();
            }
            if (rooms.get(boardId) == this) {
                tell();
            }
        }

        private void tell() {
            share(() -> shared.write(boardId, here()));
            Presence now = summary();
            seats.values().forEach(seat -> seat.listener().accept(now));
        }
    }
}
