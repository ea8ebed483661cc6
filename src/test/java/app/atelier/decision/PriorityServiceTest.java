package app.atelier.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.board.CardStatus;
import app.atelier.board.NewCard;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import app.atelier.voting.VotingService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PriorityServiceTest {
    @Autowired
    BoardService boards;
    @Autowired
    SessionService sessions;
    @Autowired
    VotingService voting;
    @Autowired
    PriorityService priorities;
    @Autowired
    Workshops workshops;

    private Actor fanny;
    private Actor paul;
    private Board board;
    private Card a;
    private Card b;
    private Card c;

    @BeforeEach
    void setUp() {
        Workshop workshop = workshops.start("Fanny", "Priorités", "brand-promise");
        fanny = workshop.facilitator();
        board = workshop.board();
        paul = workshop.guest("Paul", Role.PARTICIPANT);
        a = workshop.card("promise", "A");
        b = workshop.card("proofs", "B");
        c = workshop.card("tone", "C");
        voting.open(fanny, board.getId(), 5, null, false);
        voting.vote(paul, board.getId(), c.getId(), 1);
        voting.vote(paul, board.getId(), c.getId(), 1);
        voting.vote(paul, board.getId(), b.getId(), 1);
        voting.close(fanny, board.getId());
    }

    @Test
    void cardsRankByVotesThenByTheFacilitatorsHand() {
        assertThat(texts(priorities.ranked(paul, board.getId()))).containsExactly("C", "B", "A");

        priorities.move(fanny, board.getId(), a.getId(), -1);
        assertThat(texts(priorities.ranked(fanny, board.getId()))).containsExactly("C", "A", "B");

        priorities.reorder(fanny, board.getId(), List.of(b.getId()));
        assertThat(texts(priorities.ranked(fanny, board.getId()))).containsExactly("B", "C", "A");
    }

    @Test
    void agreedCardsAreLockedAndCanBeUndone() {
        Card agreed = priorities.setStatus(fanny, board.getId(), c.getId(), "agreed");
        assertThat(agreed.getStatus()).isEqualTo(CardStatus.AGREED);
        assertThat(agreed.isLocked()).isTrue();
        Actor cardsAuthor = fanny;
        sessions.setPhase(cardsAuthor, board.getId(), "write");
        Card byParticipant = boards.addCard(paul, board.getId(), NewCard.of("promise", "de Paul"));
        priorities.setStatus(fanny, board.getId(), byParticipant.getId(), "agreed");
        assertThatThrownBy(() -> boards.updateCard(paul, board.getId(), byParticipant.getId(),
                CardChanges.content("changed", null, null), null)).isInstanceOf(ForbiddenException.class);

        assertThat(priorities.setStatus(fanny, board.getId(), b.getId(), "set-aside").getStatus())
                .isEqualTo(CardStatus.SET_ASIDE);
        Card undone = priorities.setStatus(fanny, board.getId(), c.getId(), null);
        assertThat(undone.getStatus()).isNull();
        assertThat(undone.isLocked()).isFalse();
    }

    @Test
    void onlyFacilitatorsDecideAndBadOrdersAreRefused() {
        assertThatThrownBy(() -> priorities.setStatus(paul, board.getId(), a.getId(), "agreed"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> priorities.move(paul, board.getId(), a.getId(), -1))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> priorities.setStatus(fanny, board.getId(), a.getId(), "maybe"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThatThrownBy(() -> priorities.reorder(fanny, board.getId(), List.of(a.getId(), a.getId())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> priorities.reorder(fanny, board.getId(), List.of("nope")))
                .isInstanceOf(InvalidInputException.class);
    }

    private static List<String> texts(List<Card> cards) {
        return cards.stream().map(Card::getText).toList();
    }
}
