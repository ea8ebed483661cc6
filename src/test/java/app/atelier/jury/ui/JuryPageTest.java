package app.atelier.jury.ui;

import static app.atelier.support.BoardPages.click;
import static app.atelier.support.BoardPages.find;
import static app.atelier.support.BoardPages.gesture;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.Card;
import app.atelier.jury.JuryService;
import app.atelier.session.SessionService;
import app.atelier.support.BoardPageTests;
import app.atelier.support.CanvasProbe;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A hackathon's jury on people's pages: a juror marks a pitch in its sheet; the results show to the jury first. */
class JuryPageTest extends BoardPageTests {
    @Autowired
    JuryService jury;
    @Autowired
    SessionService sessions;

    @Override
    protected String template() {
        return "hackathon-pitch";
    }

    @Test
    void aJurorMarksAPitchInItsSheetAndTheResultsFollow() {
        Card pitch = workshop.card("pitches", "Alpha : le CRM vocal");
        BrowserlessUIContext olga = pages.guest("Olga", Role.OBSERVER);
        BrowserlessUIContext team = pages.guest("Équipe", Role.PARTICIPANT);
        assertThat(find(team, Button.class, "jury-results")).as("results later for the teams").isNull();

        gesture(olga, "openCard", pitch.getId());
        @SuppressWarnings("unchecked")
        Select<Integer> impact = find(olga, Select.class, "mark-impact");
        olga.test(impact).selectItem("4");

        assertThat(jury.results(workshop.facilitator(), workshop.id()).getFirst().averages())
                .containsEntry("impact", 4.0);
        click(olga, "jury-results");
        ResultsDialog results = olga.find(ResultsDialog.class).single();
        assertThat(results.table.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(r -> assertThat(r.total()).isEqualTo(4.0));

        gesture(team, "openCard", pitch.getId());
        assertThat(find(team, Select.class, "mark-impact")).as("teams do not mark").isNull();
        sessions.setPhase(workshop.facilitator(), workshop.id(), "decide");
        CanvasProbe.deliverPushes(team.getUI());
        assertThat(find(team, Button.class, "jury-results")).isNotNull();
    }
}
