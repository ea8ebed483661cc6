package app.atelier.breakout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.board.BoardService;
import app.atelier.board.BreakoutGroup;
import app.atelier.board.Card;
import app.atelier.security.Actor;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Breakout groups: who may steer them, how the participants are split, and cards given to a group. */
@SpringBootTest
class BreakoutServiceTest {
    @Autowired
    BreakoutService breakouts;
    @Autowired
    BoardService boards;
    @Autowired
    Workshops workshops;

    private Workshop detox;
    private List<Actor> participants;
    private Actor olga;

    @BeforeEach
    void setUp() {
        detox = workshops.start("Fanny", "Détox", "detox-day");
        participants = IntStream.rangeClosed(1, 5).mapToObj(i -> detox.guest("P" + i, Role.PARTICIPANT)).toList();
        olga = detox.guest("Olga", Role.OBSERVER);
    }

    @Test
    void theParticipantsAreSplitAtRandomIntoGroupsThatDifferByOneAtMost() {
        List<BreakoutGroup> groups = breakouts.split(detox.facilitator(), detox.id(), 2);

        assertThat(groups).extracting(BreakoutGroup::name).containsExactly("Group 1", "Group 2");
        assertThat(groups).extracting(g -> g.memberIds().size()).containsExactlyInAnyOrder(3, 2);
        assertThat(groups.stream().flatMap(g -> g.memberIds().stream()).toList())
                .as("every participant once; neither the facilitator nor the observer")
                .containsExactlyInAnyOrderElementsOf(participants.stream().map(Actor::id).toList());
        assertThat(boards.getBoard(participants.getFirst(), detox.id()).breakoutGroupOf(participants.getFirst().id()))
                .isPresent();
        assertThat(breakouts.groups(olga, detox.id())).isEqualTo(groups);
    }

    @Test
    void onlyAFacilitatorSteersTheGroups() {
        List<BreakoutGroup> groups = breakouts.split(detox.facilitator(), detox.id(), 2);
        Actor paul = participants.getFirst();
        Card action = detox.card(paul, "actions", "Newsletter");

        assertThatThrownBy(() -> breakouts.split(paul, detox.id(), 3)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> breakouts.rename(olga, detox.id(), groups.getFirst().id(), "Nous"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> breakouts.moveMember(paul, detox.id(), paul.id(), groups.get(1).id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> breakouts.assignCard(paul, detox.id(), action.getId(), groups.getFirst().id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> breakouts.end(paul, detox.id())).isInstanceOf(ForbiddenException.class);
        assertThat(breakouts.groups(paul, detox.id())).isEqualTo(groups);
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        List<BreakoutGroup> groups = breakouts.split(detox.facilitator(), detox.id(), 2);
        Actor stranger = workshops.start("Sam", "Ailleurs", "swot").facilitator();

        assertThatThrownBy(() -> breakouts.split(detox.facilitator(), detox.id(), 0))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> breakouts.split(detox.facilitator(), detox.id(), 21))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> breakouts.rename(detox.facilitator(), detox.id(), groups.getFirst().id(), "  "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> breakouts.rename(detox.facilitator(), detox.id(), groups.getFirst().id(),
                "x".repeat(61))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> breakouts.moveMember(detox.facilitator(), detox.id(), stranger.id(),
                groups.getFirst().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> breakouts.moveMember(detox.facilitator(), detox.id(), participants.getFirst().id(),
                "no-such-group")).isInstanceOf(NotFoundException.class);

        assertThat(breakouts.groups(detox.facilitator(), detox.id())).isEqualTo(groups);
    }

    @Test
    void aMemberMovesAGroupIsRenamedAndACardIsGivenToAGroup() {
        List<BreakoutGroup> groups = breakouts.split(detox.facilitator(), detox.id(), 2);
        Actor paul = participants.getFirst();
        String other = groups.stream().filter(g -> !g.has(paul.id())).findFirst().orElseThrow().id();
        Card action = detox.card(paul, "actions", "Reporting mensuel");

        breakouts.moveMember(detox.facilitator(), detox.id(), paul.id(), other);
        breakouts.rename(detox.facilitator(), detox.id(), other, "  Les reportings  ");
        Card given = breakouts.assignCard(detox.facilitator(), detox.id(), action.getId(), other);

        BreakoutGroup theirs = boards.getBoard(paul, detox.id()).breakoutGroupOf(paul.id()).orElseThrow();
        assertThat(theirs.id()).isEqualTo(other);
        assertThat(theirs.name()).isEqualTo("Les reportings");
        assertThat(breakouts.groups(paul, detox.id()).stream().mapToInt(g -> g.memberIds().size()).sum()).isEqualTo(5);
        assertThat(given.getBreakoutGroup()).isEqualTo(other);
        assertThat(boards.getCard(paul, detox.id(), action.getId()).getBreakoutGroup()).isEqualTo(other);
    }

    @Test
    void aNewSplitOrTheEndGivesTheCardsBackToNobody() {
        List<BreakoutGroup> groups = breakouts.split(detox.facilitator(), detox.id(), 2);
        Card action = detox.card("actions", "Salon annuel");
        breakouts.assignCard(detox.facilitator(), detox.id(), action.getId(), groups.getFirst().id());

        breakouts.split(detox.facilitator(), detox.id(), 3);
        assertThat(boards.getCard(detox.facilitator(), detox.id(), action.getId()).getBreakoutGroup()).isNull();
        assertThat(boards.cards(detox.facilitator(), detox.id())).extracting(Card::getBreakoutGroup)
                .as("the boards held in memory heard of it").containsOnlyNulls();

        String third = breakouts.groups(detox.facilitator(), detox.id()).get(2).id();
        breakouts.assignCard(detox.facilitator(), detox.id(), action.getId(), third);
        breakouts.end(detox.facilitator(), detox.id());
        assertThat(breakouts.groups(detox.facilitator(), detox.id())).isEmpty();
        assertThat(boards.getCard(detox.facilitator(), detox.id(), action.getId()).getBreakoutGroup()).isNull();
    }
}
