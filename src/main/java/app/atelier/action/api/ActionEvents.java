package app.atelier.action.api;

import app.atelier.action.ActionService;
import app.atelier.base.NotFoundException;
import app.atelier.board.api.PlanEvents;
import app.atelier.security.Actor;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** An action on the board's event stream: the same JSON as the REST API gives. */
@Component
class ActionEvents implements PlanEvents {
    private final ActionService actions;

    ActionEvents(ActionService actions) {
        this.actions = actions;
    }

    @Override
    public Optional<Object> action(Actor viewer, String boardId, String actionId) {
        try {
            return actions.find(viewer, boardId, actionId).map(a -> ActionApiController.ActionResponse.of(a,
                    actions.today()));
        } catch (NotFoundException withdrawnMeanwhile) {
            return Optional.empty(); // the stream closes on the access event that follows
        }
    }
}
