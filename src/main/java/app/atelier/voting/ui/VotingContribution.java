package app.atelier.voting.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.voting.VotingService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The dot vote on everyone's page: the dots on the canvas and how many the person has left. */
@Component
@Order(20)
class VotingContribution implements BoardPageContribution {
    private final VotingService voting;

    VotingContribution(VotingService voting) {
        this.voting = voting;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return new OwnDots(voting, page);
    }
}
