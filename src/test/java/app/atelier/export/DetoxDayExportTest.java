package app.atelier.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Detox Day: an action moved to its decision keeps its answers, and the report lists it under that decision. */
@SpringBootTest
class DetoxDayExportTest {
    @Autowired
    BoardService boards;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    BoardFormats formats;
    @Autowired
    Workshops workshops;

    @Test
    void eachActionIsListedUnderTheDecisionItWasMovedToWithItsOwner() {
        Workshop detox = workshops.start("Fanny", "Détox T1", "detox-day");
        Card newsletter = boards.addCard(detox.facilitator(), detox.id(), new NewCard("actions",
                "Newsletter hebdomadaire", Map.of("if-stopped", "Personne ne s’en apercevrait avant un mois",
                "habit-or-necessity", "Habitude", "owner", "Léa"), null, null, null));
        Card report = boards.addCard(detox.facilitator(), detox.id(), new NewCard("actions", "Reporting mensuel",
                Map.of("alternative", "Un tableau de bord partagé", "owner", "Marc"), null, null, null));

        boards.moveCard(detox.facilitator(), detox.id(), newsletter.getId(), "stop", 0.1, 0.1);
        boards.moveCard(detox.facilitator(), detox.id(), report.getId(), "change", 0.1, 0.1);

        assertThat(boards.getCard(detox.facilitator(), detox.id(), newsletter.getId()).getFields())
                .containsEntry("owner", "Léa").containsEntry("habit-or-necessity", "Habitude");
        String markdown = formats.markdown(snapshots.snapshot(detox.facilitator(), detox.id(), false), Locale.FRENCH);
        assertThat(markdown).containsSubsequence("Changer", "Reporting mensuel", "Marc", "Arrêter",
                "Newsletter hebdomadaire", "Léa");
    }
}
