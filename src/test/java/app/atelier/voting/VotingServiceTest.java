package app.atelier.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.board.Board;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.Phase;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.security.Actor;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class VotingServiceTest {
    @Autowired
    BoardService boards;
    @Autowired
    VotingService voting;
    @Autowired
    Workshops workshops;
    @Autowired
    BoardEventBus bus;

    private Workshop workshop;
    private Actor fanny;
    private Actor paul;
    private Board board;
    private Card first;
    private Card second;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Vote", "brand-promise");
        fanny = workshop.facilitator();
        board = workshop.board();
        paul = workshop.guest("Paul", Role.PARTICIPANT);
        first = workshop.card("promise", "un");
        second = workshop.card("promise", "deux");
    }

    @Test
    void aNewRoundResetsTheDotsOnEveryBoardInMemoryCardByCard() {
        voting.open(fanny, board.getId(), 5, null, false);
        voting.vote(paul, board.getId(), first.getId(), 1);
        voting.vote(paul, board.getId(), first.getId(), 1);
        voting.close(fanny, board.getId());
        assertThat(boards.getCard(fanny, board.getId(), first.getId()).getVotes()).isEqualTo(2);
        List<BoardEvent> events = new CopyOnWriteArrayList<>();
        Registration subscription = bus.subscribe(board.getId(), events::add);
        try {
            voting.open(fanny, board.getId(), 5, null, false);
        } finally {
            subscription.remove();
        }

        assertThat(boards.cards(fanny, board.getId())).extracting(Card::getVotes).containsOnly(0);
        assertThat(boards.getCard(fanny, board.getId(), first.getId()).getVotes()).isZero();
        assertThat(events).filteredOn(BoardEvent.CardSaved.class::isInstance)
                .map(e -> ((BoardEvent.CardSaved) e).card())
                .as("one event per card that had dots, none for the others").singleElement()
                .satisfies(card -> {
                    assertThat(card.getId()).isEqualTo(first.getId());
                    assertThat(card.getVotes()).isZero();
                });
    }

    @Test
    void fiftySimultaneousClicksNeverSpendMoreThanTheBudget() throws Exception {
        voting.open(fanny, board.getId(), 5, null, false);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        List<Future<?>> clicks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Card card = i % 2 == 0 ? first : second;
            clicks.add(pool.submit(() -> {
                start.await();
                try {
                    voting.vote(paul, board.getId(), card.getId(), 1);
                    accepted.incrementAndGet();
                } catch (ForbiddenException refused) {
                    // out of dots: told, not counted
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> click : clicks) {
            click.get();
        }
        pool.shutdown();

        assertThat(accepted).hasValue(5);
        assertThat(voting.ballot(paul, board.getId()).orElseThrow().getSpent()).isEqualTo(5);
        int total = boards.getCard(fanny, board.getId(), first.getId()).getVotes()
                + boards.getCard(fanny, board.getId(), second.getId()).getVotes();
        assertThat(total).isEqualTo(5);
    }

    @Test
    void aMaximumPerCardHoldsAndADotCanBeTakenBack() {
        voting.open(fanny, board.getId(), 5, 2, false);
        voting.vote(paul, board.getId(), first.getId(), 1);
        voting.vote(paul, board.getId(), first.getId(), 1);
        assertThatThrownBy(() -> voting.vote(paul, board.getId(), first.getId(), 1))
                .isInstanceOf(ForbiddenException.class);

        assertThat(voting.vote(paul, board.getId(), first.getId(), -1).getVotes()).isEqualTo(1);
        assertThat(voting.vote(paul, board.getId(), second.getId(), 1).getVotes()).isEqualTo(1);
        assertThat(voting.vote(paul, board.getId(), second.getId(), -1).getVotes()).isZero();
        assertThatThrownBy(() -> voting.vote(paul, board.getId(), second.getId(), -1))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void closingFreezesTheVoteAndANewRoundStartsFromZero() {
        Board open = voting.open(fanny, board.getId(), 3, null, true);
        assertThat(open.getPhase()).isEqualTo(Phase.VOTE);
        assertThat(open.getVote().totalsVisible()).isFalse();
        voting.vote(paul, board.getId(), first.getId(), 1);

        Board closed = voting.close(fanny, board.getId());
        assertThat(closed.getVote().open()).isFalse();
        assertThat(closed.getVote().totalsVisible()).isTrue();
        assertThatThrownBy(() -> voting.vote(paul, board.getId(), first.getId(), 1))
                .isInstanceOf(ForbiddenException.class);
        assertThat(boards.getCard(fanny, board.getId(), first.getId()).getVotes()).isEqualTo(1);

        voting.open(fanny, board.getId(), 3, null, false);
        assertThat(boards.getCard(fanny, board.getId(), first.getId()).getVotes()).isZero();
        assertThat(voting.ballot(paul, board.getId())).isEmpty();
    }

    @Test
    void observersWatchAndOnlyFacilitatorsRunTheVote() {
        Actor olga = workshop.guest("Olga", Role.OBSERVER);
        voting.open(fanny, board.getId(), 3, null, false);
        assertThatThrownBy(() -> voting.vote(olga, board.getId(), first.getId(), 1))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> voting.close(paul, board.getId())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> voting.open(paul, board.getId(), 3, null, false))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> voting.open(fanny, board.getId(), 0, null, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("budget"));
        assertThatThrownBy(() -> voting.open(fanny, board.getId(), 3, 4, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("maxPerCard"));
    }
}
