package app.atelier.board.internal;

import app.atelier.access.AccessChanged;
import app.atelier.board.BoardEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts access changes on the board's event log, so they reach the pages and event streams of that board on every
 * node, in order with the board's other changes.
 */
@Component
public class AccessChangeRelay {
    private final BoardEventBus bus;

    AccessChangeRelay(BoardEventBus bus) {
        this.bus = bus;
    }

    @EventListener
    public void accessChanged(AccessChanged change) {
        bus.publish(new BoardEvent.AccessChanged(change.boardId(), change.memberId()));
    }
}
