package app.atelier.board;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * In-process fan-out of board events to the views that show that board, and to no other.
 * Listeners must be quick (a view just queues the change with {@code ui.access}); one failing listener
 * does not stop the others.
 */
@Component
public class BoardEventBus {
    private static final Logger log = LoggerFactory.getLogger(BoardEventBus.class);

    private final Map<String, Set<Consumer<BoardEvent>>> listenersByBoard = new ConcurrentHashMap<>();
    private final BoardEventJournal journal = new BoardEventJournal(1_000);

    /** The numbered history of recent events, for the live event API. */
    public BoardEventJournal journal() {
        return journal;
    }

    public Registration subscribe(String boardId, Consumer<BoardEvent> listener) {
        // add inside compute(): an unsubscribe that empties and drops the set cannot race with this add
        listenersByBoard.compute(boardId, (id, listeners) -> {
            Set<Consumer<BoardEvent>> set = listeners == null ? new CopyOnWriteArraySet<>() : listeners;
            set.add(listener);
            return set;
        });
        return () -> listenersByBoard.computeIfPresent(boardId, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    void publish(BoardEvent event) {
        journal.append(event);
        Set<Consumer<BoardEvent>> listeners = listenersByBoard.get(event.boardId());
        if (listeners == null) {
            return;
        }
        for (Consumer<BoardEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A board listener failed on {}", event, e);
            }
        }
    }

    /** How many listeners follow this board now (for leak checks and metrics). */
    public int listenerCount(String boardId) {
        Set<Consumer<BoardEvent>> listeners = listenersByBoard.get(boardId);
        return listeners == null ? 0 : listeners.size();
    }

    /** How many boards have at least one listener. */
    public int boardsWithListeners() {
        return listenersByBoard.size();
    }
}
