package app.atelier.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ConflictException;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.decision.PriorityService;
import app.atelier.security.AtelierUser;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The action plan: from agreed cards or decisions, who changes what, what is late, the follow-up's check-ins. */
@SpringBootTest
class ActionServiceTest {
    @Autowired
    ActionService actions;
    @Autowired
    BoardService boards;
    @Autowired
    PriorityService priorities;
    @Autowired
    Workshops workshops;

    private Workshop workshop;
    private AtelierUser paul;
    private AtelierUser lea;
    private Card agreed;
    private Card open;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Promesse", "brand-promise");
        paul = workshop.member("Paul", Role.PARTICIPANT);
        lea = workshop.member("Léa", Role.PARTICIPANT);
        agreed = workshop.card("promise", "Le conseil qui rassure");
        open = workshop.card("promise", "Encore en débat");
        priorities.setStatus(workshop.facilitator(), workshop.id(), agreed.getId(), "agreed");
    }

    private ActionService.Draft draft(String what, String ownerId, String ownerName, LocalDate due) {
        return new ActionService.Draft(what, ownerId, ownerName, due, null, null);
    }

    @Test
    void anAgreedCardOrADecisionBecomesActionsBadInputChangesNothing() {
        LocalDate inAMonth = actions.today().plusMonths(1);
        Action action = actions.create(workshop.facilitator(), workshop.id(), agreed.getId(),
                draft("Former les vendeurs", paul.id(), null, inAMonth));
        assertThat(action.ownerName()).isEqualTo("Paul");
        assertThat(action.status()).isEqualTo(ActionStatus.TO_DO);
        actions.create(workshop.facilitator(), workshop.id(), agreed.getId(), draft("Brief agence", null,
                "Agence Lumen", inAMonth.plusDays(3)));
        assertThat(actions.ofCard(paul.actor(), workshop.id(), agreed.getId())).extracting(Action::what)
                .containsExactly("Former les vendeurs", "Brief agence");

        assertThatThrownBy(() -> actions.create(workshop.facilitator(), workshop.id(), open.getId(),
                draft("x", paul.id(), null, inAMonth))).hasFieldOrPropertyWithValue("messageKey",
                "error.action.notAgreed");
        assertThatThrownBy(() -> actions.create(workshop.facilitator(), workshop.id(), agreed.getId(),
                draft("x", paul.id(), null, actions.today().minusDays(1)))).hasFieldOrPropertyWithValue("messageKey",
                "error.action.duePast");
        assertThatThrownBy(() -> actions.create(workshop.facilitator(), workshop.id(), agreed.getId(),
                draft("x", "not-a-member", null, inAMonth))).hasFieldOrPropertyWithValue("messageKey",
                "error.action.ownerUnknown");
        assertThatThrownBy(() -> actions.create(workshop.facilitator(), workshop.id(), agreed.getId(),
                draft("x", null, " ", inAMonth))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> actions.create(paul.actor(), workshop.id(), agreed.getId(),
                draft("x", paul.id(), null, inAMonth))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ActionService.dueDate("31/03/2027")).isInstanceOf(InvalidInputException.class);
        assertThat(actions.plan(paul.actor(), workshop.id())).hasSize(2);

        Workshop detox = workshops.start("Fanny", "Detox", "detox-day");
        Card stop = detox.card("stop", "La newsletter mensuelle");
        assertThat(actions.create(detox.facilitator(), detox.id(), stop.getId(), draft("Prévenir les abonnés", null,
                "Sam", inAMonth)).cardId()).isEqualTo(stop.getId());
    }

    @Test
    void theOwnerGivesStatusAndNoteOthersCannotAndEachIsACheckIn() {
        Action action = actions.create(workshop.facilitator(), workshop.id(), agreed.getId(),
                draft("Former les vendeurs", paul.id(), null, actions.today().plusDays(10)));
        ActionService.Draft progress = new ActionService.Draft(null, null, null, null, ActionStatus.IN_PROGRESS,
                "2 sessions sur 5");
        assertThatThrownBy(() -> actions.update(lea.actor(), workshop.id(), action.id(), progress, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> actions.update(paul.actor(), workshop.id(), action.id(), new ActionService.Draft(
                null, null, null, actions.today().plusYears(1), null, null), null))
                .isInstanceOf(ForbiddenException.class);

        Action moved = actions.update(paul.actor(), workshop.id(), action.id(), progress, action.version());
        assertThat(moved.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(moved.checkIns()).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("Paul");
            assertThat(c.note()).isEqualTo("2 sessions sur 5");
            assertThat(c.followUp()).isFalse();
        });
        assertThatThrownBy(() -> actions.update(paul.actor(), workshop.id(), action.id(), progress, action.version()))
                .as("an old version").isInstanceOf(ConflictException.class);

        actions.followUp(workshop.facilitator(), workshop.id(), true);
        assertThat(boards.getBoard(paul.actor(), workshop.id()).getFollowUp().active()).isTrue();
        Action done = actions.update(workshop.facilitator(), workshop.id(), action.id(), new ActionService.Draft(
                null, null, null, null, ActionStatus.DONE, "Fait"), null);
        assertThat(done.checkIns()).hasSize(2).last().satisfies(c -> assertThat(c.followUp()).isTrue());
        assertThat(actions.mine(paul.actor())).extracting(Action::status).containsExactly(ActionStatus.DONE);
        assertThat(actions.mine(lea.actor())).isEmpty();
    }

    @Test
    void whatIsLateIsOpenAndPastItsDate() {
        Action action = actions.create(workshop.facilitator(), workshop.id(), agreed.getId(),
                draft("Former les vendeurs", paul.id(), null, actions.today()));
        LocalDate tomorrow = actions.today().plusDays(1);
        assertThat(action.lateOn(actions.today())).isFalse();
        assertThat(action.lateOn(tomorrow)).isTrue();
        Action dropped = actions.update(workshop.facilitator(), workshop.id(), action.id(), new ActionService.Draft(
                null, null, null, null, ActionStatus.DROPPED, "Plus utile"), null);
        assertThat(dropped.lateOn(tomorrow)).isFalse();
    }
}
