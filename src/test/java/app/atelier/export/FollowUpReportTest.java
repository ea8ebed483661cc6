package app.atelier.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.Role;
import app.atelier.action.Action;
import app.atelier.action.ActionService;
import app.atelier.action.ActionStatus;
import app.atelier.decision.PriorityService;
import app.atelier.security.Actor;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiClient;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The follow-up report compares the plan with what was done; read back with PDFBox, over the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpReportTest {
    @LocalServerPort
    int port;
    @Autowired
    Workshops workshops;
    @Autowired
    ActionService actions;
    @Autowired
    PriorityService priorities;
    @Autowired
    ReportService reports;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    MongoTemplate mongo;

    private Workshop workshop;
    private AtelierUser paul;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Promesse de marque", "brand-promise");
        paul = workshop.member("Paul", Role.PARTICIPANT);
        String card = workshop.card("promise", "Le conseil qui rassure").getId();
        priorities.setStatus(workshop.facilitator(), workshop.id(), card, "agreed");
        LocalDate soon = actions.today().plusDays(10);
        Action late = create(card, "Former les vendeurs", soon);
        Action onTime = create(card, "Brief agence", soon);
        Action open = create(card, "Refaire la page d’accueil", soon);
        Action dropped = create(card, "Campagne radio", soon);
        actions.followUp(workshop.facilitator(), workshop.id(), true);
        check(paul.actor(), late, ActionStatus.DONE, "Deux sessions faites");
        check(workshop.facilitator(), onTime, ActionStatus.DONE, "");
        check(paul.actor(), open, ActionStatus.IN_PROGRESS, "Maquettes en revue");
        actions.followUp(workshop.facilitator(), workshop.id(), false);
        check(workshop.facilitator(), dropped, ActionStatus.DROPPED, "Budget coupé");
        // as if the weeks had passed: two were due five and three days ago
        due(late, actions.today().minusDays(5));
        due(open, actions.today().minusDays(3));
    }

    private Action create(String card, String what, LocalDate due) {
        return actions.create(workshop.facilitator(), workshop.id(), card,
                new ActionService.Draft(what, paul.id(), null, due, null, null));
    }

    private void check(Actor who, Action action, ActionStatus status, String note) {
        actions.update(who, workshop.id(), action.id(), new ActionService.Draft(null, null, null, null, status,
                note), null);
    }

    private void due(Action action, LocalDate date) {
        mongo.updateFirst(Query.query(where("_id").is(action.id())), new Update().set("due", date), Action.class);
    }

    @Test
    void theReportSaysWhatWasDoneOnTimeWhatLateWhatIsStillOpenAndEachCheckIn() throws Exception {
        String text;
        try (PDDocument pdf = Loader.loadPDF(reports.followUpPdf(workshop.facilitator(), workshop.id(),
                Locale.ENGLISH))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Follow-up of the action plan", "Promesse de marque",
                "4 actions planned: 1 done on time, 1 done late, 1 still open (1 of them late), 1 dropped.",
                "4 check-ins, 3 of them in a follow-up with the group.",
                "Former les vendeurs", "days late", "5 days late", "In progress · 3 days late", "Dropped on",
                "Le conseil qui rassure", "Deux sessions faites", "Maquettes en revue", "Budget coupé",
                "in a follow-up");
        assertThat(text).containsPattern("Done on [^·]+, on time");
        try (PDDocument pdf = Loader.loadPDF(reports.followUpPdf(workshop.facilitator(), workshop.id(),
                Locale.FRENCH))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Suivi du plan d’action",
                    "4 actions prévues : 1 faites à temps, 1 faites en retard, 1 encore ouvertes (dont 1 en retard)",
                    "avec 5 jours de retard", "lors d’un point d’étape");
        }
    }

    @Test
    void everyMemberMayHaveItInTheBoardsLanguageAndNobodyElse() throws Exception {
        ApiClient api = new ApiClient(port);
        String paulsToken = tokens.create(paul, "report").secret();
        ApiClient.Bytes report = api.fetch("/api/boards/" + workshop.id() + "/follow-up.pdf", paulsToken);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(report.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Follow-up of the action plan");
        }
        Workshop other = workshops.start("Zoé", "Autre", "brand-promise");
        String strangerToken = tokens.create(other.account(), "report").secret();
        assertThat(api.fetch("/api/boards/" + workshop.id() + "/follow-up.pdf", strangerToken).status())
                .isEqualTo(404);
    }
}
