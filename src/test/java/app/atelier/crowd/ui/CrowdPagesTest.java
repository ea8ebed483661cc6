package app.atelier.crowd.ui;

import static app.atelier.support.BoardPages.click;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.board.Crowd;
import app.atelier.crowd.CrowdIdea;
import app.atelier.crowd.CrowdPhone;
import app.atelier.crowd.CrowdService;
import app.atelier.support.QrReader;
import app.atelier.support.BoardPageTests;
import app.atelier.support.CanvasProbe;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The facilitators' crowd tools and the wall display, without a browser. */
class CrowdPagesTest extends BoardPageTests {
    @Autowired
    CrowdService crowd;
    @Autowired
    app.atelier.session.SessionService sessions;

    @Override
    protected String template() {
        return "brand-promise";
    }

    @Test
    void aFacilitatorTurnsCrowdModeOnTheWallShowsTheJoinLinkAsAQrCodeAndTheCrowdsIdeasLive() throws Exception {
        BrowserlessUIContext ana = pages.facilitator();
        click(ana, "crowd-settings");
        CrowdDialog settings = ana.find(CrowdDialog.class).single();
        settings.on.setValue(true);
        settings.step.setValue(Crowd.Step.WRITE);
        settings.zone.setValue(settings.zone.getListDataView().getItems().findFirst().orElseThrow());
        settings.apply.click();
        String code = ana.find(com.vaadin.flow.component.html.Span.class).withId("crowd-code").single().getText();
        assertThat(code).hasSize(6);

        BrowserlessUIContext wallWindow = pages.window(workshop.account());
        wallWindow.navigate("boards/" + workshop.id() + "/wall", WallView.class);
        WallView wall = wallWindow.find(WallView.class).single();
        String src = wall.qr.getSrc();
        assertThat(src).startsWith("data:image/png;base64,");
        String link = QrReader.decode(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)));
        assertThat(link).endsWith("/crowd/" + code);
        assertThat(wall.code.getText()).isEqualTo(code);
        assertThat(wall.step.getText()).startsWith("Write your idea for");

        CrowdPhone phone = crowd.join(code, null, "Camille", "203.0.113.9").phone();
        crowd.react(phone, "👏");
        crowd.send(phone, "n1", "Un jardin partagé");
        CanvasProbe.deliverPushes(wallWindow.getUI());
        // the room's reactions are read when the wall polls
        com.vaadin.flow.component.ComponentUtil.fireEvent(wallWindow.getUI(),
                new com.vaadin.flow.component.PollEvent(wallWindow.getUI(), true));
        assertThat(wall.reactions.getText()).isEqualTo("👏 1");
        assertThat(wall.cards.getElement().getTextRecursively()).contains("Un jardin partagé", "Camille");
        assertThat(wall.count.getText()).startsWith("1 ideas");

        assertThat(wall.phase.getText()).isEqualTo("Phase: Writing");
        sessions.timer(workshop.facilitator(), workshop.id(), "start", 120);
        CanvasProbe.deliverPushes(wallWindow.getUI());
        assertThat(wall.timer.getText()).matches("\\d\\d:[0-5]\\d");
        assertThat(wall.phase.getElement().getTextRecursively()).startsWith("Phase: Writing · ");
    }

    @Test
    void aModeratorApprovesAndRejectsFromTheQueueWhoseCountFollowsTheCrowd() {
        String code = crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(true,
                Crowd.Step.WRITE, "promise", null, true)).getCrowd().code();
        BrowserlessUIContext ana = pages.facilitator();
        CrowdPhone phone = crowd.join(code, null, null, "203.0.113.9").phone();
        CrowdIdea keep = crowd.send(phone, "a", "Une navette le soir");
        crowd.send(phone, "b", "Hors sujet");
        CanvasProbe.deliverPushes(ana.getUI());
        Button queue = ana.find(Button.class).withId("crowd-queue").single();
        assertThat(queue.getText()).isEqualTo("Moderation (2)");

        ana.test(queue).click();
        ModerationDialog dialog = ana.find(ModerationDialog.class).single();
        ana.test(ana.find(Button.class).withClassName("crowd-approve").all().getFirst()).click();
        assertThat(crowd.idea(keep.id()).orElseThrow().cardId()).isNotNull();
        ana.test(ana.find(Button.class).withClassName("crowd-reject").single()).click();
        assertThat(dialog.ideas.getElement().getTextRecursively()).contains("No idea waits");
        CanvasProbe.deliverPushes(ana.getUI());
        assertThat(queue.getText()).isEqualTo("Moderation (0)");
    }

    @Test
    void whenTheCrowdsVoteClosesTheWallShowsItsResultsAsAChart() {
        String bikes = workshop.card("promise", "Des pistes cyclables").getId();
        String bus = workshop.card("promise", "Une navette le soir").getId();
        String code = crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(true,
                Crowd.Step.VOTE, "promise", null, false, java.util.List.of(bikes, bus), 3)).getCrowd().code();
        BrowserlessUIContext wallWindow = pages.window(workshop.account());
        wallWindow.navigate("boards/" + workshop.id() + "/wall", WallView.class);
        WallView wall = wallWindow.find(WallView.class).single();
        assertThat(wall.step.getText()).isEqualTo("Vote on your phone: 3 dots each");
        assertThat(wall.results.isVisible()).isFalse();
        CrowdPhone phone = crowd.join(code, null, null, "203.0.113.9").phone();
        crowd.vote(phone, bus, true);
        crowd.vote(phone, bus, true);
        crowd.vote(phone, bikes, true);

        crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(null, Crowd.Step.WAIT, null,
                null, null));
        CanvasProbe.deliverPushes(wallWindow.getUI());
        assertThat(wall.results.isVisible()).isTrue();
        assertThat(wall.results.getSrc()).startsWith("data:image/png;base64,");
        assertThat(wall.results.getAlt()).hasValue("The crowd's vote: Une navette le soir 2, Des pistes cyclables 1");
    }

    @Test
    void theWallShowsTheRoomsViewEvenWhenAFacilitatorOpensIt() {
        sessions.updateSettings(workshop.facilitator(), workshop.id(), true, null); // private writing
        workshop.card(workshop.guest("Paul", app.atelier.access.Role.PARTICIPANT), "promise", "Mon échec secret");
        BrowserlessUIContext wallWindow = pages.window(workshop.account());
        wallWindow.navigate("boards/" + workshop.id() + "/wall", WallView.class);
        WallView wall = wallWindow.find(WallView.class).single();
        assertThat(wall.cards.getElement().getTextRecursively()).doesNotContain("Mon échec secret");
        workshop.card(workshop.guest("Léa", app.atelier.access.Role.PARTICIPANT), "promise", "Un autre secret");
        CanvasProbe.deliverPushes(wallWindow.getUI());
        assertThat(wall.cards.getElement().getTextRecursively()).doesNotContain("Un autre secret");

        sessions.updateSettings(workshop.facilitator(), workshop.id(), false, null); // revealed to everyone
        CanvasProbe.deliverPushes(wallWindow.getUI());
        assertThat(wall.cards.getElement().getTextRecursively()).contains("Mon échec secret", "Un autre secret");
    }
}
