package app.atelier.action;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.decision.PriorityService;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiClient;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Calendar feeds over HTTP, read back by an independent iCalendar parser (biweekly; Atelier writes them with ical4j):
 * a board's and an owner's, their content, and their revocation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarFeedTest {
    @LocalServerPort
    int port;
    @Autowired
    Workshops workshops;
    @Autowired
    ActionService actions;
    @Autowired
    PriorityService priorities;
    @Autowired
    ApiTokenService tokens;

    private Workshop workshop;
    private AtelierUser paul;
    private ApiClient api;
    private Action training;
    private Action brief;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Promesse", "brand-promise");
        paul = workshop.member("Paul", Role.PARTICIPANT);
        String card = workshop.card("promise", "Le conseil qui rassure").getId();
        priorities.setStatus(workshop.facilitator(), workshop.id(), card, "agreed");
        LocalDate due = actions.today().plusDays(20);
        training = actions.create(workshop.facilitator(), workshop.id(), card, new ActionService.Draft(
                "Former les vendeurs", paul.id(), null, due, null, null));
        brief = actions.create(workshop.facilitator(), workshop.id(), card, new ActionService.Draft(
                "Brief agence", null, "Agence Lumen", due.plusDays(5), null, null));
        actions.update(workshop.facilitator(), workshop.id(), brief.id(), new ActionService.Draft(null, null, null,
                null, ActionStatus.DROPPED, "Budget coupé"), null);
        api = new ApiClient(port);
    }

    private ICalendar fetch(String url) throws Exception {
        ApiClient.Bytes feed = api.fetch(url.substring(url.indexOf("/calendar/")), null);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        return Biweekly.parse(new String(feed.body(), java.nio.charset.StandardCharsets.UTF_8)).first();
    }

    @Test
    void aBoardsFeedHasAnAllDayEventPerActionOnItsDueDateUntilRevoked() throws Exception {
        String facilitatorToken = tokens.create(workshop.account(), "cal").secret();
        ApiClient.Response created = api.call("POST", "/api/boards/" + workshop.id() + "/calendar", null,
                facilitatorToken);
        assertThat(created.status()).isEqualTo(201);
        String url = created.json().get("url").asString();

        ICalendar calendar = fetch(url);
        List<VEvent> events = calendar.getEvents();
        assertThat(events).hasSize(2);
        VEvent first = events.stream().filter(e -> e.getSummary().getValue().equals("Former les vendeurs"))
                .findFirst().orElseThrow();
        assertThat(first.getDateStart().getValue().hasTime()).as("all day").isFalse();
        assertThat(first.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(training.due());
        assertThat(first.getUid().getValue()).isEqualTo(training.id() + "@atelier");
        assertThat(first.getDescription().getValue()).contains("Paul", "Promesse");
        VEvent dropped = events.stream().filter(e -> e.getSummary().getValue().equals("Brief agence")).findFirst()
                .orElseThrow();
        assertThat(dropped.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(dropped.getDescription().getValue()).contains("Budget coupé");

        // a participant may not make the board's feed; a wrong secret is a plain 404
        String paulsToken = tokens.create(paul, "cal").secret();
        assertThat(api.call("POST", "/api/boards/" + workshop.id() + "/calendar", null, paulsToken).status())
                .isEqualTo(403);
        assertThat(api.fetch("/calendar/" + "x".repeat(43) + ".ics", null).status()).isEqualTo(404);

        JsonNode feeds = api.call("GET", "/api/calendar", null, facilitatorToken).json();
        assertThat(feeds.get(0).has("url") && !feeds.get(0).get("url").isNull()).as("the secret is not kept")
                .isFalse();
        assertThat(api.call("DELETE", "/api/calendar/" + feeds.get(0).get("id").asString(), null, facilitatorToken)
                .status()).isEqualTo(204);
        assertThat(api.fetch(url.substring(url.indexOf("/calendar/")), null).status()).isEqualTo(404);
    }

    @Test
    void theBoardsSessionTellsAnApiClientWhenThePlanChanged() throws Exception {
        String token = tokens.create(workshop.account(), "api").secret();
        JsonNode before = api.call("GET", "/api/boards/" + workshop.id(), null, token).json().at("/session/followUp");
        assertThat(before.get("active").asBoolean()).isFalse();
        actions.update(workshop.facilitator(), workshop.id(), training.id(), new ActionService.Draft(null, null, null,
                null, ActionStatus.IN_PROGRESS, null), null);
        JsonNode after = api.call("GET", "/api/boards/" + workshop.id(), null, token).json().at("/session/followUp");
        assertThat(after.get("changedAt").asString()).isGreaterThan(before.get("changedAt").asString());
    }

    @Test
    void anOwnersFeedHasTheirActionsOnly() throws Exception {
        String paulsToken = tokens.create(paul, "cal").secret();
        String url = api.call("POST", "/api/calendar", null, paulsToken).json().get("url").asString();
        assertThat(fetch(url).getEvents()).extracting(e -> e.getSummary().getValue())
                .containsExactly("Former les vendeurs");
    }
}
