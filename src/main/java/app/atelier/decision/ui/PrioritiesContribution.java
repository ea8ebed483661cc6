package app.atelier.decision.ui;

import app.atelier.access.Role;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.decision.PriorityService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.springframework.core.annotation.Order;

/** The priority list, for every member: facilitators reorder it and decide; the others read it. */
@org.springframework.stereotype.Component
@Order(30)
class PrioritiesContribution implements BoardPageContribution {
    private final PriorityService priorities;

    PrioritiesContribution(PriorityService priorities) {
        this.priorities = priorities;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        Button open = new Button();
        open.setId("priorities");
        open.setText(open.getTranslation("priorities.title"));
        open.addClickListener(e -> new PrioritiesDialog(priorities, page.viewer(), page.boardId(), page.template(),
                page.role() == Role.FACILITATOR, page.session().getVote().totalsShown()).open());
        return new BoardPagePart() {
            @Override
            public Component component() {
                return open;
            }

            @Override
            public Place place() {
                return Place.HEADER;
            }
        };
    }
}
