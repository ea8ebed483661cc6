package app.atelier.history.ui;

import static app.atelier.support.BoardPages.click;
import static app.atelier.support.BoardPages.find;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.support.BoardPageTests;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The history on a facilitator's page: the last change first, the timeline scrubbed back to an earlier board. */
class HistoryPageTest extends BoardPageTests {
    @Autowired
    BoardService boards;

    @Test
    void aFacilitatorScrubsBackToTheBoardAsItWas() {
        Card fail = workshop.card("fails", "premier jet");
        boards.updateCard(workshop.facilitator(), workshop.id(), fail.getId(), CardChanges.content("version finale",
                null, null), null);
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext paul = pages.guest("Paul", Role.PARTICIPANT);
        assertThat(find(paul, Button.class, "board-history")).isNull();

        click(ana, "board-history");
        HistoryDialog dialog = ana.find(HistoryDialog.class).single();
        assertThat(dialog.board.getElement().getTextRecursively()).contains("version finale");
        assertThat(dialog.step.getText()).contains("Ana", "version finale");
        assertThat(find(ana, Anchor.class, "history-export")).isNotNull();

        dialog.show(0);
        assertThat(dialog.timeline.getProperty("value")).isEqualTo("0");
        assertThat(dialog.board.getElement().getTextRecursively()).contains("premier jet")
                .doesNotContain("version finale");
    }
}
