package app.atelier.action.ui;

import app.atelier.access.Role;
import app.atelier.action.ActionService;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.core.annotation.Order;

/**
 * During a follow-up, the plan on every page above the board, brought up to date whenever an action changes, so the
 * group goes through it together.
 */
@org.springframework.stereotype.Component
@Order(46)
class FollowUpContribution implements BoardPageContribution {
    private final ActionService actions;

    FollowUpContribution(ActionService actions) {
        this.actions = actions;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        Div slot = new Div();
        slot.setId("follow-up");
        slot.addClassName("follow-up");
        slot.setVisible(false);
        return new BoardPagePart() {
            private PlanGrid plan;

            @Override
            public Component component() {
                return slot;
            }

            @Override
            public void show(Role role, Board session) {
                boolean running = role != null && session.getFollowUp().active() && !session.isSealed();
                slot.setVisible(running);
                if (!running) {
                    slot.removeAll();
                    plan = null;
                    return;
                }
                if (plan == null) {
                    plan = new PlanGrid(actions, page.viewer(), () -> actions.plan(page.viewer(), page.boardId()),
                            a -> role == Role.FACILITATOR || page.viewer().id().equals(a.ownerId()),
                            a -> CardLinks.onPage(page, a));
                    slot.add(new Paragraph(slot.getTranslation("action.followUp.running")), plan);
                }
            }

            @Override
            public void itemChanged(BoardEvent event) {
                if (event instanceof BoardEvent.PlanChanged) {
                    refresh(); // one read per page per change of the plan, and only during a follow-up
                }
            }

            @Override
            public void reconnected() {
                refresh(); // back from away: changes may have been missed meanwhile
            }

            private void refresh() {
                if (plan != null) {
                    plan.refresh();
                }
            }
        };
    }
}
