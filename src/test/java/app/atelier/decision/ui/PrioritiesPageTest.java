package app.atelier.decision.ui;

import static app.atelier.support.BoardPages.click;
import static app.atelier.support.BoardPages.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardStatus;
import app.atelier.support.BoardPageTests;
import app.atelier.support.CanvasProbe.Call;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The priority list on people's pages: the facilitator orders it and decides; everyone sees the decision. */
class PrioritiesPageTest extends BoardPageTests {
    @Autowired
    BoardService service;

    @Test
    void theFacilitatorAgreesACardFromThePriorityListAndEveryoneSeesIt() {
        Card first = workshop.card("fails", "premier");
        Card second = workshop.card("fails", "second");
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);

        click(ana, "priorities");
        PrioritiesDialog dialog = ana.find(PrioritiesDialog.class).single();
        assertThat(dialog.list.getElement().getTextRecursively()).containsSubsequence("premier", "second");
        ana.test(ana.find(Button.class).withClassName("priorities-down").first()).click();
        assertThat(dialog.list.getElement().getTextRecursively()).containsSubsequence("second", "premier");
        ana.test(ana.find(Button.class).withClassName("decide-agreed").first()).click();

        assertThat(service.getCard(workshop.facilitator(), workshop.id(), second.getId()).getStatus())
                .isEqualTo(CardStatus.AGREED);
        assertThat(service.getCard(workshop.facilitator(), workshop.id(), first.getId()).getStatus()).isNull();
        assertThat(sent(bruno).stream().map(Call::argumentsText))
                .anyMatch(a -> a.contains(second.getId()) && a.contains("\"status\":\"agreed\"")
                        && a.contains("\"locked\":true"));

        click(bruno, "priorities");
        assertThat(bruno.find(Button.class).withClassName("decide-agreed").all()).as("read-only for others").isEmpty();
    }
}
