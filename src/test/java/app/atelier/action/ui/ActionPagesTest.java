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
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
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

    @Test
    void everyActionLeadsBackToItsCardFromThePlanAndFromMyActions() {
        AtelierUser paul = workshop.member("Paul", Role.PARTICIPANT);
        Card agreed = workshop.card("promise", "Le conseil qui rassure");
        priorities.setStatus(workshop.facilitator(), workshop.id(), agreed.getId(), "agreed");
        actions.create(workshop.facilitator(), workshop.id(), agreed.getId(), new ActionService.Draft(
                "Former les vendeurs", paul.id(), null, actions.today().plusDays(7), null, null));

        BrowserlessUIContext ana = pages.facilitator();
        click(ana, "action-plan");
        PlanDialog plan = ana.find(PlanDialog.class).single();
        Button show = (Button) originOf(plan.plan);
        assertThat(show.getText()).isEqualTo("Show the card");
        assertThat(ana.find(TextArea.class).withId("card-text").all()).isEmpty();
        show.click();
        assertThat(ana.find(TextArea.class).withId("card-text").single().getValue())
                .as("the card's sheet is open on top of the plan").isEqualTo("Le conseil qui rassure");
        assertThat(plan.isOpened()).isTrue();

        BrowserlessUIContext mine = pages.window(paul);
        mine.navigate(MyActionsView.class);
        Anchor link = (Anchor) originOf(mine.find(MyActionsView.class).single().plan);
        assertThat(link.getHref()).isEqualTo("boards/" + workshop.id() + "?card=" + agreed.getId());
        assertThat(link.getText()).isEqualTo("Mur des fails");
        String[] pathAndQuery = link.getHref().split("\\?card=");
        mine.getUI().navigate(pathAndQuery[0], QueryParameters.of("card", pathAndQuery[1]));
        assertThat(mine.find(TextArea.class).withId("card-text").single().getValue())
                .isEqualTo("Le conseil qui rassure");
    }

    /** The "from the card" cell of the plan's first row, as its grid renders it. */
    @SuppressWarnings("unchecked")
    private static Component originOf(PlanGrid plan) {
        Action first = plan.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        return ((ComponentRenderer<Component, Action>) plan.grid.getColumns().getLast().getRenderer())
                .createComponent(first);
    }
}
