package app.atelier.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.board.NewCard;
import app.atelier.decision.PriorityService;
import app.atelier.discussion.CommentService;
import app.atelier.discussion.GroupService;
import app.atelier.export.BoardSnapshot;
import app.atelier.export.SnapshotService;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.People;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import app.atelier.voting.VotingService;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BoardExportTest {
    @Autowired
    BoardService boards;
    @Autowired
    SessionService sessions;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    BoardFormats formats;
    @Autowired
    VotingService voting;
    @Autowired
    PriorityService priorities;
    @Autowired
    GroupService groups;
    @Autowired
    CommentService comments;
    @Autowired
    Workshops workshops;
    @Autowired
    People people;

    private Workshop workshop;
    private Actor fanny;
    private Actor paul;
    private Board board;
    private Card fail;
    private Card rule;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Mur des fails « 2026 »", "mur-des-fails");
        fanny = workshop.facilitator();
        board = workshop.board();
        paul = workshop.guest("Paul", Role.PARTICIPANT);
        fail = boards.addCard(paul, board.getId(), new NewCard("fails", "Salon vide\n# pas un titre <b>",
                Map.of("impact", "12 k€ pour 4 leads", "lessons", "Valider la cible"), null, 0.1, 0.2));
        rule = workshop.card("golden-rules", "Tester la cible d’abord");
        groups.setGroup(fanny, board.getId(), fail.getId(), "Pas de test de cible");
        groups.setEvidence(fanny, board.getId(), rule.getId(), List.of(fail.getId()));
        comments.add(paul, board.getId(), fail.getId(), "Vu des ventes");
        voting.open(fanny, board.getId(), 3, null, false);
        voting.vote(paul, board.getId(), rule.getId(), 1);
        voting.close(fanny, board.getId());
        priorities.setStatus(fanny, board.getId(), rule.getId(), "agreed");
    }

    @Test
    void exportThenImportThenExportGivesTheSameContent() {
        BoardSnapshot first = snapshots.snapshot(fanny, board.getId());
        String json = formats.json(first);
        Actor lea = people.account("Léa").actor();

        Board copy = snapshots.restore(lea, null, formats.readJson(json));
        BoardSnapshot second = snapshots.snapshot(lea, copy.getId());

        assertThat(copy.getId()).isNotEqualTo(board.getId());
        assertThat(second.withoutExportTime()).isEqualTo(first.withoutExportTime());
        assertThat(json).contains("« 2026 »").contains("12 k€");
        Card copiedRule = boards.cards(lea, copy.getId()).stream().filter(c -> c.getZone().equals("golden-rules"))
                .findFirst().orElseThrow();
        assertThat(copiedRule.isLocked()).as("agreed stays locked").isTrue();
        assertThat(copiedRule.getEvidence()).hasSize(1);
    }

    @Test
    void markdownAndCsvCarryTheWholeBoardAsText() throws Exception {
        BoardSnapshot snapshot = snapshots.snapshot(fanny, board.getId());

        String md = formats.markdown(snapshot, Locale.FRENCH);
        assertThat(md).startsWith("# Mur des fails « 2026 »").contains("## Règles d’or")
                .contains("**✓ Validée** Tester la cible d’abord (1 gommette(s))")
                .contains("Salon vide / \\# pas un titre \\<b\\>").contains("Impact : 12 k€ pour 4 leads")
                .contains("💬 Paul : Vu des ventes").doesNotContain("<b>");

        String csv = formats.csv(snapshot);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().get("text")).isEqualTo("Salon vide\n# pas un titre <b>");
        assertThat(rows.getFirst().get("group")).isEqualTo("Pas de test de cible");
        assertThat(rows.get(1).get("status")).isEqualTo("agreed");
        assertThat(rows.get(1).get("votes")).isEqualTo("1");
    }

    @Test
    void everyExportGivesAFailsFieldsInTheTemplatesOrder() throws Exception {
        Card late = boards.addCard(fanny, board.getId(), new NewCard("fails", "Webinaire désert",
                Map.of("lessons", "Relancer la veille"), null, null, null));
        // Each later field is appended to the stored card: lessons, impact, context.
        boards.updateCard(fanny, board.getId(), late.getId(),
                new CardChanges(null, null, Map.of("impact", "3 inscrits"), null, null, null), null);
        boards.updateCard(fanny, board.getId(), late.getId(),
                new CardChanges(null, null, Map.of("context", "Un vendredi"), null, null, null), null);
        BoardSnapshot snapshot = snapshots.snapshot(fanny, board.getId());

        assertThat(formats.markdown(snapshot, Locale.ENGLISH)).containsSubsequence("- Webinaire désert",
                "  - Context : Un vendredi\n", "  - Impact : 3 inscrits\n",
                "  - Lessons learned : Relancer la veille\n");
        String ordered = "{\"context\":\"Unvendredi\",\"impact\":\"3inscrits\",\"lessons\":\"Relancerlaveille\"}";
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(formats.csv(snapshot).substring(1))).getRecords();
        assertThat(rows.stream().filter(r -> r.get("text").equals("Webinaire désert")).findFirst().orElseThrow()
                .get("fields").replaceAll("\\s+", "")).isEqualTo(ordered);
        assertThat(formats.json(snapshot).replaceAll("\\s+", "")).contains(ordered);
    }

    @Test
    void participantsDoNotExportAndHiddenOrAnonymousContentStaysOut() {
        assertThatThrownBy(() -> snapshots.snapshot(paul, board.getId())).isInstanceOf(ForbiddenException.class);

        Actor olga = workshop.guest("Olga", Role.OBSERVER);
        sessions.updateSettings(fanny, board.getId(), true, true);
        BoardSnapshot seenByOlga = snapshots.snapshot(olga, board.getId());
        assertThat(seenByOlga.cards()).isEmpty();
        BoardSnapshot seenByFanny = snapshots.snapshot(fanny, board.getId());
        assertThat(formats.json(seenByFanny)).doesNotContain("\"Paul\"");
    }

    @Test
    void aBadImportNamesTheFieldAndCreatesNothing() {
        Actor lea = people.account("Léa").actor();
        BoardSnapshot good = snapshots.snapshot(fanny, board.getId());
        String broken = formats.json(good).replace("\"zone\" : \"golden-rules\"", "\"zone\" : \"nowhere\"");

        assertThatThrownBy(() -> snapshots.restore(lea, null, formats.readJson(broken)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("cards[1].zone"));
        assertThat(boards.listBoards(lea, null)).isEmpty();
        assertThatThrownBy(() -> snapshots.restore(lea, null, null)).isInstanceOf(InvalidInputException.class);
    }
}
