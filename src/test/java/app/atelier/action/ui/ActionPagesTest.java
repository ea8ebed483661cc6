package app.atelier.action.ui;

import static app.atelier.support.BoardPages.click;
import static app.atelier.support.BoardPages.find;
import static app.atelier.support.BoardPages.gesture;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.action.Action;
import app.atelier.action.ActionService;
import app.atelier.action.ActionStatus;
import app.atelier.action.CalendarService;
import app.atelier.board.Card;
import app.atelier.decision.PriorityService;
import app.atelier.security.AtelierUser;
import app.atelier.support.BoardPageTests;
import app.atelier.support.CanvasProbe;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The action plan on people's pages: made in an agreed card's sheet, followed up live, "my actions". */
class ActionPagesTest extends BoardPageTests {
    @Autowired
    ActionService actions;
    @Autowired
    CalendarService calendars;
    @Autowired
    PriorityService priorities;

    @Override
    protected String template() {
        return "brand-promise";
    }

    @Test
    void aFacilitatorMakesAnActionItsOwnerFollowsItUpLiveAndFindsItInMyActions() {
        AtelierUser paul = workshop.member("Paul", Role.PARTICIPANT);
        Card agreed = workshop.card("promise", "Le conseil qui rassure");
        priorities.setStatus(workshop.facilitator(), workshop.id(), agreed.getId(), "agreed");
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext paulsPage = pages.open(paul);

        gesture(ana, "openCard", agreed.getId());
        ActionsSection section = ana.find(ActionsSection.class).single();
        section.what.setValue("Former les vendeurs");
        section.member.setValue(section.member.getListDataView().getItems()
                .filter(m -> m.getMemberName().equals("Paul")).findFirst().orElseThrow());
        section.due.setValue(actions.today().plusDays(14));
        click(ana, "action-add");
        Action action = actions.plan(workshop.facilitator(), workshop.id()).getFirst();
        assertThat(action.ownerId()).isEqualTo(paul.id());
        assertThat(section.list.getElement().getTextRecursively()).contains("Former les vendeurs", "Paul");

        actions.followUp(workshop.facilitator(), workshop.id(), true);
        CanvasProbe.deliverPushes(paulsPage.getUI());
        Div followUp = find(paulsPage, Div.class, "follow-up");
        assertThat(followUp).isNotNull();
        PlanGrid live = paulsPage.find(PlanGrid.class).single();
        live.grid.select(live.grid.getGenericDataView().getItems().findFirst().orElseThrow());
        live.status.setValue(ActionStatus.IN_PROGRESS);
        live.note.setValue("2 sessions sur 5");
        click(paulsPage, "action-save");
        assertThat(actions.plan(workshop.facilitator(), workshop.id()).getFirst().checkIns()).singleElement()
                .satisfies(c -> assertThat(c.followUp()).isTrue());

        CanvasProbe.deliverPushes(ana.getUI());
        PlanGrid anasPlan = ana.find(PlanGrid.class).single();
        assertThat(anasPlan.grid.getGenericDataView().getItems().findFirst().orElseThrow().status())
                .as("the change reached the facilitator's page").isEqualTo(ActionStatus.IN_PROGRESS);

        BrowserlessUIContext mine = pages.window(paul);
        mine.navigate(MyActionsView.class);
        MyActionsView view = mine.find(MyActionsView.class).single();
        assertThat(view.plan.grid.getGenericDataView().getItems()).extracting(Action::what)
                .containsExactly("Former les vendeurs");
        click(mine, "action-calendar-mine");
        assertThat(calendars.feeds(paul.actor())).hasSize(1);
        assertThat(view.feeds.getElement().getTextRecursively()).isNotBlank();
    }
}
