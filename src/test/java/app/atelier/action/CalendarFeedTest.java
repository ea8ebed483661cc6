package app.atelier.action;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.decision.PriorityService;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiClient;
import app.atelier.support.EventClient;
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
        assertThat(first.getUrl().getValue()).as("the way back to the card")
                .endsWith("/boards/" + workshop.id() + "?card=" + training.cardId());
        // a reminder the day before, for what is still to be done
        assertThat(first.getAlarms()).singleElement().satisfies(alarm -> {
            assertThat(alarm.getAction().isDisplay()).isTrue();
            assertThat(alarm.getTrigger().getDuration().toString()).isEqualTo("-PT15H");
            assertThat(alarm.getDescription().getValue()).contains("Former les vendeurs");
        });
        VEvent dropped = events.stream().filter(e -> e.getSummary().getValue().equals("Brief agence")).findFirst()
                .orElseThrow();
        assertThat(dropped.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(dropped.getDescription().getValue()).contains("Budget coupé");
        assertThat(dropped.getAlarms()).as("no reminder for what was dropped").isEmpty();

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
    void theEventApiCarriesEachActionAsItIsNowAndItsDeletion() throws Exception {
        String paulsToken = tokens.create(paul, "events").secret();
        try (EventClient events = EventClient.connect(port, workshop.id(), "", paulsToken)) {
            assertThat(events.next().get("type").asString()).isEqualTo("hello");
            actions.update(paul.actor(), workshop.id(), training.id(), new ActionService.Draft(null, null, null,
                    null, ActionStatus.IN_PROGRESS, "Deux sessions calées"), null);
            JsonNode changed = events.next();
            assertThat(changed.get("type").asString()).isEqualTo("action");
            assertThat(changed.at("/action/id").asString()).isEqualTo(training.id());
            assertThat(changed.at("/action/status").asString()).isEqualTo("in-progress");
            assertThat(changed.at("/action/note").asString()).isEqualTo("Deux sessions calées");
            assertThat(changed.at("/action/cardId").asString()).isEqualTo(training.cardId());
            assertThat(changed.at("/action/checkIns/0/by").asString()).isEqualTo("Paul");
            // the same JSON as the REST API's
            JsonNode listed = api.call("GET", "/api/boards/" + workshop.id() + "/actions", null, paulsToken).json();
            assertThat(changed.get("action")).isIn(listed.get(0), listed.get(1));

            actions.delete(workshop.facilitator(), workshop.id(), brief.id());
            JsonNode deleted = events.next();
            assertThat(deleted.get("type").asString()).isEqualTo("action.deleted");
            assertThat(deleted.get("actionId").asString()).isEqualTo(brief.id());
            assertThat(deleted.get("seq").asLong()).isEqualTo(changed.get("seq").asLong() + 1);
        }
        // a replay shows each action as it is now: the deleted one as deleted
        try (EventClient replay = EventClient.connect(port, workshop.id(), "?since=0", paulsToken)) {
            replay.next();
            List<JsonNode> plan = new java.util.ArrayList<>();
            for (JsonNode m = replay.poll(2_000); m != null; m = replay.poll(500)) {
                if (m.get("type").asString().startsWith("action")) {
                    plan.add(m);
                }
            }
            assertThat(plan).filteredOn(m -> m.get("actionId").asString().equals(brief.id()))
                    .allMatch(m -> m.get("type").asString().equals("action.deleted")).isNotEmpty();
        }
    }

    @Test
    void anOwnersFeedHasTheirActionsOnly() throws Exception {
        String paulsToken = tokens.create(paul, "cal").secret();
        String url = api.call("POST", "/api/calendar", null, paulsToken).json().get("url").asString();
        assertThat(fetch(url).getEvents()).extracting(e -> e.getSummary().getValue())
                .containsExactly("Former les vendeurs");
    }
}
