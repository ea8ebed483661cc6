package app.atelier.board;

import app.atelier.access.AccessChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts access changes on the board's event log, so they reach the pages and event streams of that board on every
 * node, in order with the board's other changes.
 */
@Component
class AccessChangeRelay {
    private final BoardEventBus bus;

    AccessChangeRelay(BoardEventBus bus) {
        this.bus = bus;
    }

    @EventListener
    void accessChanged(AccessChanged change) {
        bus.publish(new BoardEvent.AccessChanged(change.boardId(), change.memberId()));
    }
}
