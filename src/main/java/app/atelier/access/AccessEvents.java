package app.atelier.access;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages of a board whose access changed (a link revoked, a member removed, a role changed), so that
 * person's pages re-check their role at once instead of at their next click. The event names the member (or
 * {@code null} when several may be concerned), so a thousand open pages do not all query the store when one
 * more person joins.
 */
@Component
public class AccessEvents {
    private final Map<String, Set<Consumer<String>>> listenersByBoard = new ConcurrentHashMap<>();

    /** {@code onChange} receives the id of the member whose access changed, or {@code null} for "maybe anyone". */
    public Registration subscribe(String boardId, Consumer<String> onChange) {
        listenersByBoard.compute(boardId, (id, set) -> {
            Set<Consumer<String>> listeners = set == null ? new CopyOnWriteArraySet<>() : set;
            listeners.add(onChange);
            return listeners;
        });
        return () -> listenersByBoard.computeIfPresent(boardId, (id, set) -> {
            set.remove(onChange);
            return set.isEmpty() ? null : set;
        });
    }

    void accessChanged(String boardId, String memberId) {
        listenersByBoard.getOrDefault(boardId, Set.of()).forEach(listener -> listener.accept(memberId));
    }

    public int listenerCount(String boardId) {
        return listenersByBoard.getOrDefault(boardId, Set.of()).size();
    }
}
