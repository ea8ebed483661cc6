package app.atelier.board;

import app.atelier.board.internal.BoardEventBus;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * A board's events for the features that show a board outside its page (the wall display, the crowd's phones): in
 * order, from now on, with a call to start again from the board as it is when this node lost the thread.
 */
@Component
public class BoardStream {
    private final BoardEventBus bus;

    BoardStream(BoardEventBus bus) {
        this.bus = bus;
    }

    public Registration follow(String boardId, Consumer<BoardEvent> listener, Runnable onResync) {
        return bus.subscribe(boardId, listener, onResync);
    }
}
