package app.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.base.RateLimitedException;
import app.atelier.board.Crowd;
import app.atelier.board.ui.BoardCanvas;
import app.atelier.crowd.CrowdPhone;
import app.atelier.crowd.CrowdService;
import app.atelier.support.ApiClient;
import app.atelier.support.BoardPages;
import app.atelier.support.CanvasProbe;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import com.vaadin.browserless.BrowserlessUIContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The Prometheus metrics: only for the scraper holding the token, and with the meters an operator watches. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atelier.metrics.token=scrape-secret", "atelier.crowd.idea-burst=1"})
class MetricsEndpointTest {
    @LocalServerPort
    int port;
    @Autowired
    Workshops workshops;
    @Autowired
    CrowdService crowd;
    @Autowired
    ApplicationContext spring;

    @Test
    void onlyTheScraperReadsTheMetricsAndTheyCoverBoardsPeopleEventsPushesJoinsStoreAndRefusals() throws Exception {
        Workshop workshop = workshops.start("Fanny", "Métriques", "brand-promise");
        workshop.card("promise", "Une carte");
        String code = crowd.configure(workshop.facilitator(), workshop.id(), new CrowdService.Settings(true,
                Crowd.Step.WRITE, "promise", 140, false)).getCrowd().code();
        CrowdPhone phone = crowd.join(code, null, null, "203.0.113.5").phone();
        try (BoardPages pages = new BoardPages(spring, workshop)) {
            // a full participant joins: the page opens, its canvas asks for the board
            BrowserlessUIContext window = pages.facilitator();
            CanvasProbe.gesture(window.find(BoardCanvas.class).single(), "ready");
        }
        crowd.send(phone, "n-1", "Une idée");
        assertThatThrownBy(() -> crowd.send(phone, "n-2", "Une autre, trop vite"))
                .isInstanceOf(RateLimitedException.class);

        ApiClient api = new ApiClient(port);
        assertThat(api.fetch("/actuator/prometheus", null).status()).as("no token").isEqualTo(404);
        assertThat(api.fetch("/actuator/prometheus", "not-the-token").status()).as("another token").isEqualTo(404);
        ApiClient.Bytes scraped = api.fetch("/actuator/prometheus", "scrape-secret");
        assertThat(scraped.status()).isEqualTo(200);
        String metrics = new String(scraped.body(), StandardCharsets.UTF_8);
        assertThat(metrics).contains("atelier_boards_open ", "atelier_people_connected{kind=\"full\"}",
                "atelier_people_connected{kind=\"crowd\"}", "atelier_board_events_total ",
                "atelier_push_latency_seconds_bucket", "atelier_store_latency_seconds_bucket{operation=\"log.append\"",
                "atelier_crowd_join_seconds_bucket", "atelier_rate_refusals_total{limit=\"error.crowd.tooFast\"}");
        assertThat(metrics).containsPattern("atelier_board_events_total [1-9]");
        assertThat(metrics).as("a full participant's join").containsPattern("atelier_board_join_seconds_count [1-9]");
        // every store command is timed, by its name
        assertThat(metrics).containsPattern("atelier_store_latency_seconds_count\\{operation=\"find\",?} [1-9]")
                .containsPattern("atelier_store_latency_seconds_count\\{operation=\"insert\",?} [1-9]");

        // every series the sample Grafana dashboard (docker/) asks for is one this server gives
        String dashboard = Files.readString(Path.of("docker/grafana/dashboards/atelier.json"));
        Matcher series = Pattern.compile("\\b((?:atelier|jvm)_[a-z_]+)").matcher(dashboard);
        int asked = 0;
        while (series.find()) {
            asked++;
            assertThat(metrics).as("the dashboard's %s", series.group(1)).contains(series.group(1));
        }
        assertThat(asked).isGreaterThanOrEqualTo(8);
    }
}
