package app.atelier.access;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages of a board that someone's access changed (a link revoked, a member removed, a role changed),
 * so each page re-checks its person's role at once instead of at their next click.
 */
@Component
public class AccessEvents {
    private final Map<String, Set<Runnable>> listenersByBoard = new ConcurrentHashMap<>();

    public Registration subscribe(String boardId, Runnable onChange) {
        listenersByBoard.compute(boardId, (id, set) -> {
            Set<Runnable> listeners = set == null ? new CopyOnWriteArraySet<>() : set;
            listeners.add(onChange);
            return listeners;
        });
        return () -> listenersByBoard.computeIfPresent(boardId, (id, set) -> {
            set.remove(onChange);
            return set.isEmpty() ? null : set;
        });
    }

    void accessChanged(String boardId) {
        listenersByBoard.getOrDefault(boardId, Set.of()).forEach(Runnable::run);
    }

    public int listenerCount(String boardId) {
        return listenersByBoard.getOrDefault(boardId, Set.of()).size();
    }
}
