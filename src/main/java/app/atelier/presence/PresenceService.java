package app.atelier.presence;

import app.atelier.access.Actor;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Who is on which board now. Each open page holds a seat; a person with two tabs counts once.
 *
 * <p>A newcomer gets the room at once; the others are told at most once per {@code atelier.presence.coalesce}
 * (the first change right away, those that follow within the window in one message at its end). Without this a
 * crowd of N arriving costs N² messages, each listing everyone; with it, a crowd of 1,000 arriving in 10 s costs
 * about 20 small messages per page: the summary names only the first {@link #NAMED} people, plus the count.
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

    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final long coalesceNanos;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "presence");
        thread.setDaemon(true);
        return thread;
    });

    public PresenceService(@Value("${atelier.presence.coalesce:500ms}") Duration coalesce) {
        this.coalesceNanos = coalesce.toNanos();
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
            }
        };
    }

    /** The people on the board now, by name. */
    public List<Actor> present(String boardId) {
        Room room = rooms.get(boardId);
        return room == null ? List.of() : room.people();
    }

    /** How many open pages hold a seat on the board (for leak checks). */
    public int seatCount(String boardId) {
        Room room = rooms.get(boardId);
        return room == null ? 0 : room.seats.size();
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    private final class Room {
        final String boardId;
        final Map<Object, Seat> seats = new ConcurrentHashMap<>();
        private long lastFlush = System.nanoTime() - coalesceNanos;
        private boolean flushPending;

        Room(String boardId) {
            this.boardId = boardId;
        }

        List<Actor> people() {
            return seats.values().stream().map(Seat::participant).distinct()
                    .sorted(Comparator.comparing(Actor::name, String.CASE_INSENSITIVE_ORDER)).toList();
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
            Presence now = summary();
            seats.values().forEach(seat -> seat.listener().accept(now));
        }
    }
}
