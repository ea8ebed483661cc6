package app.atelier.voting.ui;

import static app.atelier.support.BoardPages.click;
import static app.atelier.support.BoardPages.find;
import static app.atelier.support.BoardPages.gesture;
import static app.atelier.support.BoardPages.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.Card;
import app.atelier.support.BoardPageTests;
import app.atelier.support.CanvasProbe;
import app.atelier.support.CanvasProbe.Call;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dot vote on people's pages: the facilitator opens and closes it; the others spend their dots on the canvas. */
class VotingPageTest extends BoardPageTests {

    @Test
    void aDotVoteWithHiddenTotalsRunsLiveOnEveryPage() {
        Card card = workshop.card("fails", "à voter");
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        assertThat(find(bruno, Button.class, "vote-control")).isNull();

        click(ana, "vote-control");
        OpenVoteDialog dialog = ana.find(OpenVoteDialog.class).single();
        ana.test(dialog.budget).setValue(3);
        ana.test(dialog.hideTotals).click();
        ana.test(dialog.open).click();
        CanvasProbe.deliverPushes(ana.getUI());
        assertThat(find(ana, Button.class, "vote-control").getText()).isEqualTo("Close the vote");

        sent(bruno);
        assertThat(find(bruno, Span.class, "dots-left").getText()).isEqualTo("Dots left: 3 / 3");
        gesture(bruno, "vote", card.getId(), 1);
        gesture(bruno, "vote", card.getId(), 1);
        assertThat(find(bruno, Span.class, "dots-left").getText()).isEqualTo("Dots left: 1 / 3");
        List<Call> toBruno = sent(bruno);
        assertThat(toBruno).extracting(Call::function).contains("upsertCard", "setSession");
        assertThat(toBruno.stream().filter(c -> c.function().equals("upsertCard")).map(Call::argumentsText))
                .as("totals stay hidden while the vote is open").noneMatch(a -> a.contains("\"votes\""));
        assertThat(toBruno.stream().filter(c -> c.function().equals("setSession")).reduce((a, b) -> b).orElseThrow()
                .argumentsText()).contains("\"myVotes\":{\"" + card.getId() + "\":2}");

        sent(ana);
        click(ana, "vote-control");
        List<Call> afterClose = sent(ana);
        assertThat(afterClose.stream().filter(c -> c.function().equals("setBoard")).findFirst().orElseThrow()
                .argumentsText()).contains("\"votes\":2");
    }

    @Test
    void aReloadedPageGetsItsOwnDotsBackWithTheBoard() {
        Card card = workshop.card("fails", "à voter");
        BrowserlessUIContext ana = pages.facilitator();
        click(ana, "vote-control");
        ana.test(ana.find(OpenVoteDialog.class).single().open).click();
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        gesture(bruno, "vote", card.getId(), 1);
        sent(bruno);

        gesture(bruno, "ready"); // the canvas reconnects
        List<Call> again = sent(bruno);

        assertThat(again).extracting(Call::function).containsExactly("setBoard", "setSession");
        assertThat(again.get(1).argumentsText()).contains("\"myVotes\":{\"" + card.getId() + "\":1}");
        assertThat(find(bruno, Span.class, "dots-left").getText()).isEqualTo("Dots left: 4 / 5");
    }
}
