package app.atelier.voting.ui;

import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.PartForRoles;
import app.atelier.voting.VotingService;
import com.vaadin.flow.component.button.Button;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The facilitators' button that opens a vote (with its settings) or closes the one that runs. */
@Component
@Order(20)
class VoteToolsContribution implements BoardPageContribution {
    private final VotingService voting;

    VoteToolsContribution(VotingService voting) {
        this.voting = voting;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        return PartForRoles.facilitatorTools(() -> {
            Button control = new Button();
            control.setId("vote-control");
            control.addClickListener(e -> openOrClose(page));
            return control;
        }, (control, session) -> control.setText(
                control.getTranslation(session.getVote().open() ? "vote.close" : "vote.open")));
    }

    private void openOrClose(BoardPageContext page) {
        if (page.session().getVote().open()) {
            page.act(() -> voting.close(page.viewer(), page.boardId()));
        } else {
            new OpenVoteDialog(settings -> voting.open(page.viewer(), page.boardId(), settings.budget(),
                    settings.maxPerCard(), settings.hideTotals())).open();
        }
    }
}
