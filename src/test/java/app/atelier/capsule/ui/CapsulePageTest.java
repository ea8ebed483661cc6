package app.atelier.capsule.ui;

import static app.atelier.support.BoardPages.click;
import static app.atelier.support.BoardPages.find;
import static app.atelier.support.BoardPages.gesture;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.BoardService;
import app.atelier.board.CapsuleSeal;
import app.atelier.board.Card;
import app.atelier.capsule.CapsuleService;
import app.atelier.capsule.OutcomeService;
import app.atelier.capsule.Verdict;
import app.atelier.support.BoardPageTests;
import app.atelier.support.BoardPages;
import app.atelier.support.CanvasProbe;
import app.atelier.support.CapsuleDates;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A time capsule on people's pages: the facilitator seals it, everyone sees what waits; once open, the outcomes. */
class CapsulePageTest extends BoardPageTests {
    @Autowired
    CapsuleService capsules;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    BoardService boards;
    @Autowired
    MongoTemplate mongo;

    @Override
    protected String template() {
        return "time-capsule";
    }

    @Test
    void theFacilitatorSealsEveryoneSeesWhatWaitsAndOnceOpenTheAuthorGivesTheOutcome() {
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext paul = pages.guest("Paul", Role.PARTICIPANT);
        assertThat(find(paul, Button.class, "capsule-seal")).as("participants do not seal").isNull();
        assertThat(find(paul, CapsuleBanner.class, "capsule-banner")).as("nothing sealed yet").isNull();
        Card prediction = workshop.card("predictions", "Notre NPS passe 50");

        click(ana, "capsule-seal");
        SealDialog dialog = ana.find(SealDialog.class).single();
        dialog.revealAt.setValue(LocalDateTime.now().minusDays(1));
        click(ana, "capsule-seal-confirm");
        assertThat(boards.getBoard(workshop.facilitator(), workshop.id()).getCapsule()).as("a past date seals nothing")
                .isNull();
        dialog.revealAt.setValue(LocalDateTime.now().plusMonths(6));
        click(ana, "capsule-seal-confirm");

        CapsuleSeal seal = boards.getBoard(workshop.facilitator(), workshop.id()).getCapsule();
        assertThat(seal.state()).isEqualTo(CapsuleSeal.State.SEALED);
        CanvasProbe.deliverPushes(paul.getUI());
        CanvasProbe.deliverPushes(ana.getUI());
        CapsuleBanner banner = find(paul, CapsuleBanner.class, "capsule-banner");
        assertThat(banner.getElement().getTextRecursively()).contains("Ana 1").containsPattern("1\\d\\d ");
        assertThat(find(ana, Button.class, "capsule-seal")).as("sealed once").isNull();
        assertThat(BoardPages.canvas(ana).getElement().getAttribute("readonly")).as("nothing to add").isNotNull();
        assertThat(find(ana, Component.class, "export-links")).as("nothing to export").isNull();

        CapsuleDates.comeTheDate(mongo, workshop.id());
        capsules.openDue();
        CanvasProbe.deliverPushes(ana.getUI());
        assertThat(BoardPages.canvas(ana).getElement().getAttribute("readonly")).isNull();
        assertThat(find(ana, Component.class, "export-links")).isNotNull();
        gesture(ana, "openCard", prediction.getId());
        TextArea happened = find(ana, TextArea.class, "capsule-happened");
        happened.setValue("NPS 47 en juin");
        ana.find(OutcomeSection.class).single().verdict.setValue(Verdict.PARTLY);
        click(ana, "capsule-outcome-save");

        assertThat(outcomes.comparison(workshop.facilitator(), workshop.id())).singleElement()
                .satisfies(c -> {
                    assertThat(c.happened()).isEqualTo("NPS 47 en juin");
                    assertThat(c.verdict()).isEqualTo(Verdict.PARTLY);
                });
        CanvasProbe.deliverPushes(paul.getUI());
        gesture(paul, "openCard", prediction.getId());
        TextArea seenByPaul = find(paul, TextArea.class, "capsule-happened");
        assertThat(seenByPaul.getValue()).isEqualTo("NPS 47 en juin");
        assertThat(seenByPaul.isReadOnly()).as("not Paul's prediction").isTrue();
        assertThat(find(paul, Button.class, "capsule-outcome-save")).isNull();
    }
}
