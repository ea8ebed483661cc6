package app.atelier.session.ui;

import static app.atelier.support.BoardPages.canvas;
import static app.atelier.support.BoardPages.click;
import static app.atelier.support.BoardPages.find;
import static app.atelier.support.BoardPages.gesture;
import static app.atelier.support.BoardPages.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.Phase;
import app.atelier.session.SessionService;
import app.atelier.support.BoardPageTests;
import app.atelier.support.CanvasProbe.Call;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The session on people's pages: the facilitator steers it from their row and a card's sheet; everyone sees it. */
class SessionPageTest extends BoardPageTests {
    @Autowired
    BoardService service;
    @Autowired
    SessionService sessions;

    @Test
    void thePhaseAndTheLocksReachEveryPage() {
        Card card = workshop.card("fails", "à verrouiller");
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        assertThat(find(bruno, Span.class, "phase-badge").getText()).isEqualTo("Writing");
        assertThat(find(bruno, FacilitatorControls.class, "facilitator-controls")).isNull();

        ana.activate();
        FacilitatorControls controls = find(ana, FacilitatorControls.class, "facilitator-controls");
        ana.test(controls.phase).selectItem("Discussion");
        ana.test(controls.lockBoard).click();
        gesture(ana, "toggleZoneLock", "patterns");
        sessions.setCardLocked(workshop.facilitator(), workshop.id(), card.getId(), true);

        List<Call> calls = sent(bruno);
        assertThat(find(bruno, Span.class, "phase-badge").getText()).isEqualTo("Discussion · board locked");
        assertThat(canvas(bruno).getElement().getAttribute("readonly")).isNotNull();
        assertThat(calls).extracting(Call::function).contains("setSession", "upsertCard");
        assertThat(calls.stream().filter(c -> c.function().equals("setSession")).reduce((a, b) -> b).orElseThrow()
                .argumentsText()).contains("\"locked\":true").contains("patterns");
        assertThat(calls.stream().filter(c -> c.function().equals("upsertCard")).findFirst().orElseThrow()
                .argumentsText()).contains("\"locked\":true");
        assertThat(service.getBoard(workshop.facilitator(), workshop.id()).getPhase()).isEqualTo(Phase.DISCUSS);
    }

    @Test
    void theTimerAndTheSpotlightReachEveryPage() {
        Card fail = workshop.card("fails", "le fail présenté");
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        assertThat(find(bruno, FacilitatorControls.class, "facilitator-controls")).isNull();
        assertThat(find(bruno, Span.class, "timer").getElement().getAttribute("data-running")).isEqualTo("false");

        ana.activate();
        ana.test(find(ana, FacilitatorControls.class, "facilitator-controls").timerToggle).click();
        gesture(ana, "openCard", fail.getId());
        click(ana, "card-spotlight");

        List<Call> calls = sent(bruno);
        Span timer = find(bruno, Span.class, "timer");
        assertThat(timer.getElement().getAttribute("data-running")).isEqualTo("true");
        assertThat(Long.parseLong(timer.getElement().getAttribute("data-remaining-ms")))
                .isBetween(290_000L, 300_000L);
        assertThat(calls.stream().filter(c -> c.function().equals("setSession")).reduce((a, b) -> b).orElseThrow()
                .argumentsText()).contains("\"spotlight\":\"" + fail.getId() + "\"");
    }

    @Test
    void onlyAFacilitatorGetsTheLockAndSpotlightOfACard() {
        Card fail = workshop.card("fails", "un fail");
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        gesture(bruno, "openCard", fail.getId());
        assertThat(find(bruno, com.vaadin.flow.component.button.Button.class, "card-lock")).isNull();

        BrowserlessUIContext ana = pages.facilitator();
        gesture(ana, "openCard", fail.getId());
        click(ana, "card-lock");

        assertThat(service.getCard(workshop.facilitator(), workshop.id(), fail.getId()).isLocked()).isTrue();
    }
}
