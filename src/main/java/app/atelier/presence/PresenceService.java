package app.atelier.presence;

import app.atelier.access.Actor;
import com.vaadin.flow.shared.Registration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Who is on which board now. Each open page holds a seat; a person with two tabs is listed once.
 * Everyone on the board is told the new list whenever someone arrives or leaves.
 */
@Service
public class PresenceService {
    private record Seat(Actor participant, Consumer<List<Actor>> listener) {
    }

    private final Map<String, Map<Object, Seat>> seatsByBoard = new ConcurrentHashMap<>();

    /** Takes a seat on the board; {@code listener} gets the list of people now and after every change. */
    public Registration join(String boardId, Actor participant, Consumer<List<Actor>> listener) {
        Object key = new Object();
        seatsByBoard.compute(boardId, (id, seats) -> {
            Map<Object, Seat> map = seats == null ? new ConcurrentHashMap<>() : seats;
            map.put(key, new Seat(participant, listener));
            return map;
        });
        broadcast(boardId);
        return () -> {
            seatsByBoard.computeIfPresent(boardId, (id, seats) -> {
                seats.remove(key);
                return seats.isEmpty() ? null : seats;
            });
            broadcast(boardId);
        };
    }

    /** The people on the board now, by name. */
    public List<Actor> present(String boardId) {
        Map<Object, Seat> seats = seatsByBoard.getOrDefault(boardId, Map.of());
        return seats.values().stream().map(Seat::participant).distinct()
                .sorted(Comparator.comparing(Actor::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** How many open pages hold a seat on the board (for leak checks). */
    public int seatCount(String boardId) {
        return seatsByBoard.getOrDefault(boardId, Map.of()).size();
    }

    private void broadcast(String boardId) {
        List<Actor> people = present(boardId);
        seatsByBoard.getOrDefault(boardId, Map.of()).values().forEach(seat -> seat.listener().accept(people));
    }
}
