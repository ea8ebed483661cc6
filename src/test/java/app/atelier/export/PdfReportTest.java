package app.atelier.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.action.Action;
import app.atelier.action.ActionService;
import app.atelier.action.ActionStatus;
import app.atelier.base.ForbiddenException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.board.NewCard;
import app.atelier.decision.PriorityService;
import app.atelier.discussion.GroupService;
import app.atelier.image.ImageService;
import app.atelier.jury.JuryService;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.TestImages;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import app.atelier.voting.VotingService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

@SpringBootTest
class PdfReportTest {
    @Autowired
    BoardService boards;
    @Autowired
    SessionService sessions;
    @Autowired
    PriorityService priorities;
    @Autowired
    GroupService groups;
    @Autowired
    ReportService reports;
    @Autowired
    Workshops workshops;
    @Autowired
    ImageService images;
    @Autowired
    JuryService jury;
    @Autowired
    VotingService voting;
    @Autowired
    ActionService actions;
    @Autowired
    MongoTemplate mongo;

    private Workshop workshop;
    private Actor fanny;
    private Actor paul;
    private Board board;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Mur des fails « 2026 » — équipe été", "mur-des-fails");
        fanny = workshop.facilitator();
        board = workshop.board();
        paul = workshop.guest("Paul Lefèvre", Role.PARTICIPANT);
    }

    @Test
    void aLeaderReadsTheSummaryAndTheVoteAsAVectorChartFirstThenThePlanAgainstWhatWasDone() throws Exception {
        Card rule = boards.addCard(fanny, board.getId(), NewCard.of("golden-rules", "Tester la cible d’abord"));
        Card other = boards.addCard(paul, board.getId(), NewCard.of("golden-rules", "Moins de salons"));
        voting.open(fanny, board.getId(), 5, null, false);
        voting.vote(paul, board.getId(), rule.getId(), 1);
        voting.vote(paul, board.getId(), rule.getId(), 1);
        voting.vote(fanny, board.getId(), other.getId(), 1);
        voting.close(fanny, board.getId());
        priorities.setStatus(fanny, board.getId(), rule.getId(), "agreed");
        Action survey = actions.create(fanny, board.getId(), rule.getId(), new ActionService.Draft(
                "Sonder 20 clients", null, "Paul Lefèvre", actions.today().plusDays(7), null, null));
        Action brief = actions.create(fanny, board.getId(), rule.getId(), new ActionService.Draft(
                "Brief agence", null, "Agence Lumen", actions.today(), null, null));
        actions.update(fanny, board.getId(), survey.id(), new ActionService.Draft(null, null, null, null,
                ActionStatus.DONE, "Fait : 23 réponses"), null);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(brief.id())),
                new Update().set("due", actions.today().minusDays(3)), Action.class);

        try (PDDocument pdf = Loader.loadPDF(reports.pdf(fanny, board.getId(), Locale.ENGLISH))) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String summary = first.getText(pdf);
            assertThat(summary).contains("In short", "1 agreed cards", "Tester la cible d’abord",
                    "2 actions: 1 done, 0 in progress, 1 to do, 0 dropped; 1 late.",
                    "The vote: cards with the most dots", "Dots");
            assertThat(summary).as("the details start on the next page").doesNotContain("Sonder 20 clients");
            PDPage page = pdf.getPage(0);
            List<COSName> objects = new java.util.ArrayList<>();
            page.getResources().getXObjectNames().forEach(objects::add);
            assertThat(objects).as("the chart is one vector drawing").isNotEmpty();
            for (COSName name : objects) {
                assertThat(page.getResources().getXObject(name)).as("not a picture")
                        .isInstanceOf(PDFormXObject.class);
            }
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("Action plan and follow-up", "Sonder 20 clients", "Paul Lefèvre", "Done",
                    "Fait : 23 réponses", "Brief agence", "Agence Lumen", "Late");
        }
    }

    @Test
    void theReportListsTheAgreedCardsWithTheirEvidenceInFrench() throws Exception {
        Card fail = boards.addCard(paul, board.getId(), new NewCard("fails", "Salon sans visiteurs",
                Map.of("context", "Salon pro, mars", "impact", "12 k€ pour 4 leads", "lessons", "Valider la cible"),
                null, null, null));
        Card rule = boards.addCard(fanny, board.getId(), NewCard.of("golden-rules", "« Tester la cible d’abord »"));
        groups.setGroup(fanny, board.getId(), fail.getId(), "Cible non testée");
        groups.setEvidence(fanny, board.getId(), rule.getId(), List.of(fail.getId()));
        priorities.setStatus(fanny, board.getId(), rule.getId(), "agreed");

        Card second = boards.addCard(fanny, board.getId(), NewCard.of("golden-rules", "Une règle moins votée"));
        priorities.setStatus(fanny, board.getId(), second.getId(), "agreed");
        priorities.reorder(fanny, board.getId(), List.of(rule.getId(), second.getId()));
        boards.addCard(fanny, board.getId(), NewCard.of("patterns", "Une récurrence non validée"));

        // PDFBox sometimes puts a space after a large heading's first letter: compare without spaces.
        String text = text(reports.pdf(fanny, board.getId(), Locale.FRENCH)).replaceAll("\\s+", "");

        assertThat(text).containsSubsequence(flat("Stratégie validée", "1. « Tester la cible d’abord »",
                "2. Une règle moins votée", "Récurrences et groupes", "Annexe", "Une récurrence non validée"));
        assertThat(text).contains(flat("Mur des fails « 2026 » — équipe été", "Stratégie validée", "Règles d’or",
                "Preuves", "Salon sans visiteurs", "Impact : 12 k€ pour 4 leads", "Paul Lefèvre", "Cible non testée",
                "Page 1"));
    }

    @Test
    void aHackathonReportCarriesTheJurysResultsTable() throws Exception {
        Workshop hackathon = workshops.start("Fanny", "Hackathon", "hackathon-pitch");
        Actor olga = hackathon.guest("Olga", Role.OBSERVER);
        Card alpha = hackathon.card("pitches", "Alpha le CRM vocal");
        Card beta = hackathon.card("pitches", "Beta la carte partagée");
        jury.mark(olga, hackathon.id(), beta.getId(), Map.of("impact", 5, "feasibility", 4));
        jury.mark(olga, hackathon.id(), alpha.getId(), Map.of("impact", 2));

        String text = text(reports.pdf(hackathon.facilitator(), hackathon.id(), Locale.FRENCH))
                .replaceAll("\\s+", "");

        // the table's narrow header cells wrap their words: check the rows in rank order, each with its marks
        assertThat(text).containsSubsequence(flat("Résultats", "#", "Pitch", "Impact", "Total",
                "1", "Beta la carte partagée", "5,00", "4,00", "9,00", "1",
                "2", "Alpha le CRM vocal", "2,00", "2,00", "1", "Annexe"));
    }

    @Test
    void aFailSheetCarriesItsVisualsWebpIncluded() throws Exception {
        Card fail = boards.addCard(paul, board.getId(), NewCard.of("fails", "La courbe en chute libre"));
        images.add(paul, board.getId(), fail.getId(), TestImages.png(900, 500));
        images.add(paul, board.getId(), fail.getId(), TestImages.webp());

        int pictures = 0;
        try (PDDocument pdf = Loader.loadPDF(reports.pdf(fanny, board.getId(), Locale.ENGLISH))) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    pictures += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                }
            }
        }
        assertThat(pictures).isEqualTo(2);
    }

    @Test
    void aFailsFieldsPrintInTheTemplatesOrderWhateverOrderTheyWereGivenIn() throws Exception {
        Card fail = boards.addCard(paul, board.getId(), new NewCard("fails", "Webinaire désert",
                Map.of("lessons", "Relancer la veille"), null, null, null));
        // Each later field is appended to the stored card: lessons, impact, context.
        boards.updateCard(paul, board.getId(), fail.getId(),
                new CardChanges(null, null, Map.of("impact", "3 inscrits"), null, null, null), null);
        boards.updateCard(paul, board.getId(), fail.getId(),
                new CardChanges(null, null, Map.of("context", "Un vendredi"), null, null, null), null);

        String text = text(reports.pdf(fanny, board.getId(), Locale.ENGLISH)).replaceAll("\\s+", "");

        assertThat(text).containsSubsequence(flat("Webinaire désert", "Context: Un vendredi", "Impact: 3 inscrits",
                "Lessons learned: Relancer la veille"));
    }

    @Test
    void emptyLongAndThousandCardBoardsAllGiveReadableReports() throws Exception {
        byte[] emptyPdf = reports.pdf(fanny, board.getId(), Locale.ENGLISH);
        assertThat(text(emptyPdf)).contains("Nothing has been agreed on this board yet.");
        int emptyPages;
        try (PDDocument document = Loader.loadPDF(emptyPdf)) {
            emptyPages = document.getNumberOfPages();
        }

        String longText = "Très long récit. ".repeat(117);
        boards.addCard(fanny, board.getId(), new NewCard("fails", longText, Map.of("context", "c".repeat(2_000),
                "impact", "i".repeat(2_000)), null, null, null));
        Actor writer = null;
        for (int i = 0; i < 1_000; i++) {
            if (i % 30 == 0) { // many people write a big board; each stays within the card rate limit
                writer = workshop.guest("Participant " + i / 30, Role.PARTICIPANT);
            }
            boards.addCard(writer, board.getId(), NewCard.of("patterns", "Récurrence n°" + i));
        }
        byte[] pdf = reports.pdf(fanny, board.getId(), Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(emptyPages + 50);
        }
        assertThat(text(pdf)).contains("Récurrence n°999").contains("Très long récit.");
        Files.write(Path.of("target", "report-sample.pdf"), pdf);
    }

    @Test
    void participantsCannotExportAndAnonymousReportsCarryNoNames() throws Exception {
        assertThatThrownBy(() -> reports.pdf(paul, board.getId(), Locale.ENGLISH))
                .isInstanceOf(ForbiddenException.class);
        Workshop elsewhere = workshops.start("Ailleurs", "Autre", "brand-promise");
        Actor otherParticipant = elsewhere.guest("Olga", Role.OBSERVER);
        assertThatThrownBy(() -> reports.pdf(otherParticipant, board.getId(), Locale.ENGLISH))
                .isInstanceOf(app.atelier.base.NotFoundException.class);
        boards.addCard(paul, board.getId(), NewCard.of("fails", "sans nom"));
        sessions.updateSettings(fanny, board.getId(), null, true);
        String text = text(reports.pdf(fanny, board.getId(), Locale.ENGLISH));
        assertThat(text).contains("sans nom").doesNotContain("Paul Lefèvre").doesNotContain("Fanny");
    }

    private static String[] flat(String... expected) {
        return java.util.Arrays.stream(expected).map(e -> e.replaceAll("\\s+", "")).toArray(String[]::new);
    }

    /** The report's text as PDFBox reads it: proof that it is real, selectable text, in reading order. */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // reading order on the page, as a person reads it
            return stripper.getText(document).replace('\u00a0', ' ').replaceAll(" {2,}", " ");
        }
    }
}
