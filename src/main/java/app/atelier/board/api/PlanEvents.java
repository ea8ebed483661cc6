package app.atelier.board.api;

import app.atelier.security.Actor;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * How an action of the board's plan goes out on the event stream. The board's log names the action only; the feature
 * that keeps the plan says what a viewer sees of it now.
 */
@NamedInterface("api")
public interface PlanEvents {
    /** The action as this viewer may see it now (its JSON shape in the REST API), or empty once it is gone. */
    Optional<Object> action(Actor viewer, String boardId, String actionId);
}
