package app.atelier.voting.ui;

import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.ui.BoardPageContext;
import app.atelier.board.ui.BoardPagePart;
import app.atelier.board.ui.CanvasGesture;
import app.atelier.voting.Ballot;
import app.atelier.voting.VotingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Map;

/**
 * One person's dots: spent from the canvas, shown on the cards and counted down in the header. Their ballot is read
 * when the page (re)connects and after their own votes, never on other people's events (a board event must not cost
 * every open page a database read).
 */
class OwnDots extends Span implements BoardPagePart {
    private final VotingService voting;
    private final BoardPageContext page;
    private Map<String, Integer> mine = Map.of();
    private int round = -1;

    OwnDots(VotingService voting, BoardPageContext page) {
        this.voting = voting;
        this.page = page;
        setId("dots-left");
        addClassName("dots-left");
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Place place() {
        return Place.HEADER;
    }

    @Override
    public void reconnected() {
        mine = readBallot();
        round = page.session().getVote().round();
        page.ownDotsLoaded(mine);
        showLeft(page.role(), page.session());
    }

    @Override
    public void gesture(CanvasGesture gesture) {
        if (gesture instanceof CanvasGesture.Vote(String cardId, int delta)) {
            page.act(() -> voting.vote(page.viewer(), page.boardId(), cardId, delta));
            mine = readBallot();
            page.showOwnDots(mine);
            showLeft(page.role(), page.session());
        }
    }

    @Override
    public void show(Role role, Board session) {
        if (session.getVote().round() != round) {
            mine = Map.of(); // a new round starts with an empty ballot: nothing to read
            round = session.getVote().round();
        }
        showLeft(role, session);
    }

    private void showLeft(Role role, Board session) {
        int spent = session.getVote().open() ? mine.values().stream().mapToInt(Integer::intValue).sum() : 0;
        setVisible(session.getVote().open() && role != null && role.canWrite());
        setText(getTranslation("vote.left", session.getVote().budget() - spent, session.getVote().budget()));
    }

    private Map<String, Integer> readBallot() {
        boolean canVote = page.session().getVote().open() && page.role() != null;
        return canVote ? voting.ballot(page.viewer(), page.boardId()).map(Ballot::getPerCard).orElse(Map.of())
                : Map.of();
    }
}
