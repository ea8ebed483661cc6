package app.atelier.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.support.BoardPages;
import app.atelier.support.Workshops;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The export links on the board page: for those who may export. */
@SpringBootTest
class ExportLinksPageTest {
    @Autowired
    ApplicationContext spring;
    @Autowired
    Workshops workshops;

    private BoardPages pages;

    @BeforeEach
    void setUp() {
        pages = new BoardPages(spring, workshops.start("Ana", "Mur des fails", "mur-des-fails"));
    }

    @AfterEach
    void tearDown() {
        pages.close();
    }

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
