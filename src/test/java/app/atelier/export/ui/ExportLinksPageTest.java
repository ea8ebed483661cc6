package app.atelier.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.support.BoardPageTests;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;

/** The export links on the board page: for those who may export. */
class ExportLinksPageTest extends BoardPageTests {

    @Test
    void facilitatorsAndObserversGetTheExportLinksParticipantsDoNot() {
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        BrowserlessUIContext chloe = pages.guest("Chloé", Role.OBSERVER);

        ana.activate();
        assertThat(ana.find(Anchor.class).withId("export-json").all()).hasSize(1);
        bruno.activate();
        assertThat(bruno.find(Anchor.class).withId("export-json").all()).isEmpty();
        chloe.activate();
        assertThat(chloe.find(Anchor.class).withId("export-csv").all()).hasSize(1);
    }
}
