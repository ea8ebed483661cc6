package app.atelier.voting.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPageContribution;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.voting.VotingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.springframework.core.annotation.Order;

/** The facilitators' button that opens a vote (with its settings) or closes the one that runs. */
@org.springframework.stereotype.Component
@Order(20)
class VoteToolsContribution implements BoardPageContribution {
    private final VotingService voting;

    VoteToolsContribution(VotingService voting) {
        this.voting = voting;
    }

    @Override
    public BoardPagePart partFor(BoardPageContext page) {
        Div slot = new Div();
        return new BoardPagePart() {
            private Button control;

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
                if (role == Role.FACILITATOR && control == null) {
                    control = new Button();
                    control.setId("vote-control");
                    control.addClickListener(e -> openOrClose(page));
                    slot.add(control);
                } else if (role != Role.FACILITATOR && control != null) {
                    slot.removeAll();
                    control = null;
                }
                if (control != null) {
                    control.setText(control.getTranslation(session.getVote().open() ? "vote.close" : "vote.open"));
                }
            }
        };
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
