package app.atelier.session.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.PartForRoles;
import app.atelier.session.SessionService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The facilitators' steering of the session, in their row of the page. */
@Component
@Order(10)
class SessionToolsContribution implements BoardPageContribution {
    private final SessionService sessions;

    SessionToolsContribution(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return PartForRoles.facilitatorTools(() -> new FacilitatorControls(sessions, page::viewer, page::act),
                (controls, session) -> controls.show(session, page.template()));
    }
}
