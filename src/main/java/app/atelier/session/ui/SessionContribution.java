package app.atelier.session.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.session.SessionService;
import java.time.Clock;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The session on everyone's page: the phase and the countdown in the header, the zones' lock buttons on the
 * canvas and, for facilitators, a card's lock and spotlight in its sheet.
 */
@Component
@Order(10)
class SessionContribution implements BoardPageContribution {
    private final SessionService sessions;
    private final Clock clock;

    SessionContribution(SessionService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return new SessionStatus(sessions, page, clock);
    }
}
