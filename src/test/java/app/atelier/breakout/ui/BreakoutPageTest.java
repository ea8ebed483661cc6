package app.atelier.breakout.ui;

import static app.atelier.support.BoardPages.click;
import static app.atelier.support.BoardPages.find;
import static app.atelier.support.BoardPages.gesture;
import static app.atelier.support.BoardPages.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.BoardService;
import app.atelier.board.BreakoutGroup;
import app.atelier.board.Card;
import app.atelier.support.BoardPageTests;
import app.atelier.support.CanvasProbe.Call;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Breakout groups on people's pages: the facilitator splits them; each person sees their group and its cards. */
class BreakoutPageTest extends BoardPageTests {
    @Autowired
    BoardService boards;

    @Test
    void aSplitReachesEveryPageAndACardGivenToAGroupStandsOutForIt() {
        Card fail = workshop.card("fails", "le salon vide");
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        BrowserlessUIContext chloe = pages.guest("Chloé", Role.PARTICIPANT);
        assertThat(find(bruno, Span.class, "my-breakout")).as("not shown before groups exist").isNull();
        assertThat(find(bruno, com.vaadin.flow.component.button.Button.class, "breakout-groups")).isNull();

        click(ana, "breakout-groups");
        BreakoutDialog dialog = ana.find(BreakoutDialog.class).single();
        ana.test(dialog.count).setValue(2);
        ana.test(dialog.split).click();

        List<BreakoutGroup> groups = boards.getBoard(workshop.facilitator(), workshop.id()).getBreakoutGroups();
        assertThat(groups).hasSize(2);
        List<Call> toBruno = sent(bruno);
        BreakoutGroup brunos = groups.stream().filter(g -> g.memberIds().size() == 1 && toBruno.stream()
                .anyMatch(c -> c.argumentsText().contains("\"myGroup\":\"" + g.id() + "\""))).findFirst().orElseThrow();
        assertThat(find(bruno, Span.class, "my-breakout").getText()).isEqualTo("Your group: " + brunos.name());
        sent(chloe);

        gesture(ana, "openCard", fail.getId());
        ana.test(find(ana, com.vaadin.flow.component.select.Select.class, "card-breakout")).selectItem(brunos.name());

        assertThat(boards.getCard(workshop.facilitator(), workshop.id(), fail.getId()).getBreakoutGroup())
                .isEqualTo(brunos.id());
        assertThat(sent(chloe).stream().map(Call::argumentsText))
                .anyMatch(a -> a.contains(fail.getId()) && a.contains("\"team\":\"" + brunos.id() + "\""));
    }
}
