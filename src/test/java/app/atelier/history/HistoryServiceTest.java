package app.atelier.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.SealedException;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.capsule.CapsuleService;
import app.atelier.discussion.CommentService;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A board's history: who changed what and when, the board as it was at any moment, its CSV; and who may read it. */
@SpringBootTest
class HistoryServiceTest {
    @Autowired
    HistoryService history;
    @Autowired
    HistoryCsv csv;
    @Autowired
    BoardService boards;
    @Autowired
    CommentService comments;
    @Autowired
    SessionService sessions;
    @Autowired
    CapsuleService capsules;
    @Autowired
    Workshops workshops;

    private Workshop workshop;
    private Actor paul;
    private Card fail;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Mur", "mur-des-fails");
        paul = workshop.guest("Paul", Role.PARTICIPANT);
        fail = workshop.card(paul, "fails", "premier jet");
        boards.updateCard(paul, workshop.id(), fail.getId(), CardChanges.content("=HYPERLINK(\"x\")", null, null),
                null);
        boards.moveCard(paul, workshop.id(), fail.getId(), "patterns", 0.5, 0.5);
        comments.add(workshop.facilitator(), workshop.id(), fail.getId(), "vu");
        sessions.setPhase(workshop.facilitator(), workshop.id(), "discuss");
        boards.deleteCard(workshop.facilitator(), workshop.id(), fail.getId());
    }

    @Test
    void eachChangeSaysWhoDidWhatAndWhen() {
        List<Change> changes = history.changes(workshop.facilitator(), workshop.id());
        assertThat(changes).filteredOn(c -> c.kind() != Change.Kind.SESSION)
                .extracting(Change::who, Change::kind, Change::text).containsSubsequence(
                        tuple("Paul", Change.Kind.ADDED, "premier jet"),
                        tuple("Paul", Change.Kind.EDITED, "=HYPERLINK(\"x\")"),
                        tuple("Paul", Change.Kind.MOVED, "=HYPERLINK(\"x\")"),
                        tuple("Fanny", Change.Kind.COMMENTED, "=HYPERLINK(\"x\")"),
                        tuple("Fanny", Change.Kind.PHASE, "discuss"),
                        tuple("Fanny", Change.Kind.DELETED, "=HYPERLINK(\"x\")"));
        assertThat(changes).extracting(Change::seq).isSorted();
        assertThat(changes.getLast().at()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void theBoardAsItWasAtAnyMoment() {
        List<Change> changes = history.changes(workshop.facilitator(), workshop.id());
        Change added = changes.stream().filter(c -> c.kind() == Change.Kind.ADDED).findFirst().orElseThrow();
        assertThat(history.at(workshop.facilitator(), workshop.id(), added.seq()).cards())
                .extracting(Card::getText, Card::getZone).containsExactly(tuple("premier jet", "fails"));
        Change moved = changes.stream().filter(c -> c.kind() == Change.Kind.MOVED).findFirst().orElseThrow();
        assertThat(history.at(workshop.facilitator(), workshop.id(), moved.seq()).cards())
                .extracting(Card::getZone).containsExactly("patterns");
        assertThat(history.at(workshop.facilitator(), workshop.id(), changes.getLast().seq()).cards()).isEmpty();
        assertThat(history.at(workshop.facilitator(), workshop.id(), changes.getLast().seq()).phase())
                .isEqualTo("discuss");
    }

    @Test
    void onlyFacilitatorsReadItAndAnonymityHolds() {
        assertThatThrownBy(() -> history.changes(paul, workshop.id())).isInstanceOf(ForbiddenException.class);
        sessions.updateSettings(workshop.facilitator(), workshop.id(), null, true);
        List<Change> changes = history.changes(workshop.facilitator(), workshop.id());
        assertThat(changes).extracting(Change::who).containsOnlyNulls();
        Change added = changes.stream().filter(c -> c.kind() == Change.Kind.ADDED).findFirst().orElseThrow();
        assertThat(history.at(workshop.facilitator(), workshop.id(), added.seq()).cards())
                .extracting(Card::getAuthor).containsOnlyNulls();
    }

    @Test
    void aSealedCapsuleHasNoHistoryToShow() {
        Workshop capsule = workshops.start("Fanny", "Capsule", "time-capsule");
        capsule.card("predictions", "secret");
        capsules.seal(capsule.facilitator(), capsule.id(), Instant.now().plus(Duration.ofDays(10)));
        assertThatThrownBy(() -> history.changes(capsule.facilitator(), capsule.id()))
                .isInstanceOf(SealedException.class);
        assertThatThrownBy(() -> history.at(capsule.facilitator(), capsule.id(), 1))
                .isInstanceOf(SealedException.class);
    }

    @Test
    void theHistoryAsASpreadsheetInTheReadersLanguageWithNoFormula() throws Exception {
        List<Change> changes = history.changes(workshop.facilitator(), workshop.id());
        String text = csv.write(changes, boards.templateOf(workshop.board()), Locale.FRENCH);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(changes.size());
        CSVRecord edited = rows.stream().filter(r -> r.get("Quoi").equals("a modifié")).findFirst().orElseThrow();
        assertThat(edited.get("Qui")).isEqualTo("Paul");
        assertThat(edited.get("Carte ou phase")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(edited.get("Zone")).isEqualTo("Fails");
    }
}
