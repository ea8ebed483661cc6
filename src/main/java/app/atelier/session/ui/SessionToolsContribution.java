package app.atelier.session.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.session.SessionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.springframework.core.annotation.Order;

/** The facilitators' steering of the session, in their row of the page. */
@org.springframework.stereotype.Component
@Order(10)
class SessionToolsContribution implements BoardPageContribution {
    private final SessionService sessions;

    SessionToolsContribution(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        Div slot = new Div();
        return new BoardPagePart() {
            private FacilitatorControls controls;

            @Override
            public Component component() {
                return slot;
            }

            @Override
            public Place place() {
                return Place.TOOLS;
            }

            @Override
            public void show(Role role, Board session) {
                if (role == Role.FACILITATOR && controls == null) {
                    // built for facilitators only: a thousand participants need not each hold its components
                    controls = new FacilitatorControls(sessions, page::viewer, page::act);
                    slot.add(controls);
                } else if (role != Role.FACILITATOR && controls != null) {
                    slot.removeAll();
                    controls = null;
                }
                if (controls != null) {
                    controls.show(session, page.template());
                }
            }
        };
    }
}
