package app.atelier.capsule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.Role;
import app.atelier.base.ConflictException;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.SealedException;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.CapsuleSeal;
import app.atelier.board.Card;
import app.atelier.export.ReportService;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.CapsuleDates;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Who may seal and when it may open; the outcomes of the predictions once open, and the report that compares. */
@SpringBootTest
class CapsuleRulesTest {
    @Autowired
    Workshops workshops;
    @Autowired
    CapsuleService capsules;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    BoardService boards;
    @Autowired
    SessionService sessions;
    @Autowired
    ReportService reports;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    BoardWrites writes;

    private Workshop capsule;
    private Actor paul;
    private Actor zoe;
    private Card prediction;

    @BeforeEach
    void setUp() {
        capsule = workshops.start("Fanny", "Capsule", "time-capsule");
        paul = capsule.guest("Paul", Role.PARTICIPANT);
        zoe = capsule.guest("Zoé", Role.PARTICIPANT);
        prediction = capsule.card(paul, "predictions", "Le panier moyen dépasse 80 €");
    }

    private Instant inDays(long days) {
        return Instant.now().plus(Duration.ofDays(days));
    }

    @Test
    void aRevealDateInThePastMissingTooFarOrUnreadableIsRefusedAndNothingIsSealed() {
        assertThatThrownBy(() -> capsules.seal(capsule.facilitator(), capsule.id(), Instant.now().minusSeconds(60)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("revealAt");
                    assertThat(e.messageKey()).isEqualTo("error.capsule.revealPast");
                });
        assertThatThrownBy(() -> capsules.seal(capsule.facilitator(), capsule.id(), null))
                .hasFieldOrPropertyWithValue("messageKey", "error.capsule.revealMissing");
        assertThatThrownBy(() -> capsules.seal(capsule.facilitator(), capsule.id(), inDays(366L * 11)))
                .hasFieldOrPropertyWithValue("messageKey", "error.capsule.revealTooFar");
        assertThatThrownBy(() -> CapsuleService.revealDate("1er juin"))
                .hasFieldOrPropertyWithValue("messageKey", "error.capsule.revealInvalid");
        assertThat(CapsuleService.revealDate("2027-06-01T09:00:00+02:00"))
                .isEqualTo(Instant.parse("2027-06-01T07:00:00Z"));

        assertThat(boards.getBoard(paul, capsule.id()).getCapsule()).isNull();
        assertThat(boards.cards(paul, capsule.id())).hasSize(1);
    }

    @Test
    void onlyAFacilitatorSealsOnlyACapsuleBoardAndOnlyOnce() {
        assertThatThrownBy(() -> capsules.seal(paul, capsule.id(), inDays(30)))
                .isInstanceOf(ForbiddenException.class);
        Workshop swot = workshops.start("Fanny", "SWOT", "swot");
        assertThatThrownBy(() -> capsules.seal(swot.facilitator(), swot.id(), inDays(30)))
                .hasFieldOrPropertyWithValue("messageKey", "error.capsule.notCapsule");

        capsules.seal(capsule.facilitator(), capsule.id(), inDays(30));
        assertThatThrownBy(() -> capsules.seal(capsule.facilitator(), capsule.id(), inDays(60)))
                .isInstanceOf(ConflictException.class);
        assertThat(boards.getBoard(paul, capsule.id()).getCapsule().revealAt()).isBefore(inDays(31));
        // the facilitator cannot write into it either
        assertThatThrownBy(() -> capsule.card("kpis", "CA +3 %")).isInstanceOf(SealedException.class);
    }

    @Test
    void anAnonymousCapsuleCountsWhatWaitsWithoutNamingAnyone() {
        sessions.updateSettings(capsule.facilitator(), capsule.id(), null, true);
        capsule.card(zoe, "feedback", "Service lent");
        CapsuleSeal seal = capsules.seal(capsule.facilitator(), capsule.id(), inDays(30)).getCapsule();
        assertThat(seal.total()).isEqualTo(2);
        assertThat(seal.contributors()).isEmpty();
    }

    @Test
    void privateWritingStillHoldsOnceTheCapsuleOpens() {
        sessions.updateSettings(capsule.facilitator(), capsule.id(), true, null);
        capsules.seal(capsule.facilitator(), capsule.id(), inDays(30));
        open();
        Card seenByZoe = boards.cards(zoe, capsule.id()).getFirst();
        assertThat(seenByZoe.isHidden()).isTrue();
        assertThat(seenByZoe.getText()).isNotEqualTo(prediction.getText());
        assertThat(boards.cards(paul, capsule.id()).getFirst().getText()).isEqualTo(prediction.getText());
    }

    @Test
    void aSealingThatStoppedMidwayIsFinishedByTheNextCheck() {
        capsule.card(zoe, "feedback", "Service lent");
        // a node stopped right after marking the board as being sealed: everything is still readable in the store
        mongo.updateFirst(Query.query(where("_id").is(capsule.id())), new Update().set("capsule",
                new CapsuleSeal(CapsuleSeal.State.SEALING, inDays(30), Instant.now(), "Fanny", 0, List.of(), "k",
                        null, null, null)), "boards");

        capsules.openDue();

        CapsuleSeal seal = writes.board(capsule.id()).getCapsule();
        assertThat(seal.state()).isEqualTo(CapsuleSeal.State.SEALED);
        assertThat(seal.total()).isEqualTo(2);
        assertThat(seal.contributors()).extracting(CapsuleSeal.Contributor::name, CapsuleSeal.Contributor::count)
                .containsExactlyInAnyOrder(tuple("Paul", 1), tuple("Zoé", 1));
        assertThat(mongo.count(Query.query(where("boardId").is(capsule.id())), "cards")).isZero();
    }

    @Test
    void beforeOpeningNoPredictionGetsAnOutcome() {
        assertThatThrownBy(() -> outcomes.record(paul, capsule.id(), prediction.getId(), "Raté", Verdict.WRONG))
                .hasFieldOrPropertyWithValue("messageKey", "error.capsule.notOpen");
        capsules.seal(capsule.facilitator(), capsule.id(), inDays(30));
        assertThatThrownBy(() -> outcomes.record(paul, capsule.id(), prediction.getId(), "Raté", Verdict.WRONG))
                .isInstanceOf(SealedException.class);
        assertThat(outcomes.comparison(capsule.facilitator(), capsule.id())).isEmpty();
    }

    @Test
    void onceOpenTheAuthorOrAFacilitatorSaysWhatHappenedAndTheReportCompares() throws IOException {
        Card kpi = capsule.card("kpis", "Taux de churn 4 %");
        Card second = capsule.card(zoe, "predictions", "TikTok devient notre premier canal");
        capsules.seal(capsule.facilitator(), capsule.id(), inDays(30));
        open();

        assertThatThrownBy(() -> outcomes.record(zoe, capsule.id(), prediction.getId(), "Raté", Verdict.WRONG))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> outcomes.record(capsule.facilitator(), capsule.id(), kpi.getId(), "x", Verdict.RIGHT))
                .hasFieldOrPropertyWithValue("messageKey", "error.capsule.notPrediction");
        assertThatThrownBy(() -> outcomes.record(paul, capsule.id(), prediction.getId(), "  ", null))
                .hasFieldOrPropertyWithValue("messageKey", "error.capsule.outcomeEmpty");
        assertThatThrownBy(() -> Verdict.fromId("maybe")).isInstanceOf(InvalidInputException.class);

        long before = boards.getCard(paul, capsule.id(), prediction.getId()).getVersion();
        outcomes.record(paul, capsule.id(), prediction.getId(), "82 € en mai", Verdict.RIGHT);
        outcomes.record(capsule.facilitator(), capsule.id(), second.getId(), "Instagram reste devant", Verdict.WRONG);
        // pages hear of it as a change of the card
        assertThat(boards.getCard(paul, capsule.id(), prediction.getId()).getVersion()).isGreaterThan(before);

        assertThat(outcomes.comparison(zoe, capsule.id())).extracting(OutcomeService.Comparison::prediction,
                OutcomeService.Comparison::happened, OutcomeService.Comparison::verdict).containsExactly(
                tuple("Le panier moyen dépasse 80 €", "82 € en mai", Verdict.RIGHT),
                tuple("TikTok devient notre premier canal", "Instagram reste devant",
                        Verdict.WRONG));

        try (PDDocument pdf = Loader.loadPDF(reports.pdf(capsule.facilitator(), capsule.id(), Locale.FRENCH))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Prédictions et réalité", "Juste 1 · En partie 0 · Fausse 1 · Sans verdict 0",
                    "Le panier moyen dépasse 80 €", "82 € en mai", "Instagram reste devant");
        }
    }

    /** Comes the date: every node's scheduler opens it (and this one is such a node). */
    private void open() {
        CapsuleDates.comeTheDate(mongo, capsule.id());
        capsules.openDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> boards.getBoard(paul, capsule.id()).getCapsule().state()
                == CapsuleSeal.State.OPEN);
    }
}
