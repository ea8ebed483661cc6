package app.atelier.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.atelier.crowd.CrowdService;
import app.atelier.security.ApiTokenService;
import app.atelier.support.ApiContract;
import app.atelier.support.CapsuleDates;
import app.atelier.support.EventClient;
import app.atelier.support.People;
import app.atelier.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document served at {@code /v3/api-docs} against the API's real answers: every endpoint of the corpus
 * (all of them, {@link MalformedRequestsTest} sees to that) is called on real fixtures and each answer is judged by
 * {@link ApiContract}, errors included; so is every message the event API sent meanwhile. The document and Swagger
 * UI are for signed-in people only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atelier.rate.card-burst=1000000", "atelier.rate.edit-burst=1000000"})
class ApiContractTest {
    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CrowdService crowd;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theDocumentationIsForSignedInPeopleOnly() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html")) {
            HttpResponse<String> refused = anonymous.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(path).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    to -> assertThat(to).endsWith("/login"));
            assertThat(refused.body()).doesNotContain("openapi");
        }
        WebSession signedIn = WebSession.signIn(port, people);
        HttpResponse<String> ui = signedIn.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        // Swagger UI reads its settings, which point at the document
        assertThat(signedIn.get("/v3/api-docs/swagger-config").body()).contains("/v3/api-docs");
    }

    @Test
    void everyAnswerOfEveryEndpointAndEveryEventMatchesTheDocument() throws Exception {
        ApiContract contract = ApiContract.served(port, people);
        assertThat(contract.document().path("openapi").asString()).startsWith("3.1");

        ApiCorpus corpus = new ApiCorpus(port, people, tokens, crowd, mongo, contract::check);
        String board = "/api/boards/" + corpus.ids.get("board");
        EventClient events = EventClient.connect(port, corpus.ids.get("board"), "", corpus.token());
        List<ApiCorpus.Endpoint> deletesLast = corpus.endpoints().stream()
                .sorted(Comparator.comparing(e -> e.method().equals("DELETE"))).toList();
        for (ApiCorpus.Endpoint endpoint : deletesLast) {
            corpus.run(endpoint);
        }
        // what the corpus sends to fail on purpose, sent to succeed: a card's edit at its current version, and a
        // prediction's outcome once its capsule has opened
        String card = board + "/cards/" + corpus.ids.get("card2");
        long version = corpus.call("GET", board, null).json().get("cards").valueStream()
                .filter(c -> c.get("id").asString().equals(corpus.ids.get("card2"))).findFirst().orElseThrow()
                .get("version").asLong();
        ApiCorpus.ok(corpus.call("PATCH", card, "{\"text\":\"Une règle d'or\",\"version\":" + version + "}"));
        String capsule = "/api/boards/" + corpus.ids.get("capsule");
        CapsuleDates.comeTheDate(mongo, corpus.ids.get("capsule"));
        await().atMost(Duration.ofSeconds(15)).until(() -> corpus.call("GET", capsule + "/capsule", null).json()
                .get("state").asString().equals("open"));
        ApiCorpus.ok(corpus.call("PUT", capsule + "/cards/" + corpus.ids.get("prediction") + "/outcome",
                "{\"happened\":\"Vrai\",\"verdict\":\"right\"}"));
        corpus.call("GET", capsule + "/capsule/outcomes", null);
        // the calendar feed a calendar program reads, by its secret address
        String feed = ApiCorpus.ok(corpus.call("POST", "/api/calendar", null)).get("url").asString();
        corpus.call("GET", URI.create(feed).getPath(), null);
        // errors: a board that is not there, a body that is not JSON, a value out of range, no token at all
        corpus.call("GET", "/api/boards/nope", null);
        corpus.call("POST", board + "/cards", "{");
        corpus.call("PUT", board + "/timer", "{\"action\":\"reset\",\"seconds\":-1}");
        corpus.call("GET", board, null, null);

        assertThat(contract.breaches()).isEmpty();
        Set<String> never = new TreeSet<>(contract.operations());
        never.removeAll(contract.exercised());
        never.remove("GET /api/boards/{boardId}/events"); // the WebSocket: its messages are judged below
        never.remove("POST /api/admin/restore"); // only into an empty installation: BackupRestoreTest
        assertThat(never).as("documented operations that never answered with a documented success").isEmpty();

        // a client that missed more than the log keeps is told to read the board again
        EventClient lost = EventClient.connect(port, corpus.ids.get("board"), "?since=999999", corpus.token());
        lost.next();
        lost.next();
        events.close();
        lost.close();
        Set<String> types = new TreeSet<>();
        for (JsonNode message : concat(events.received(), lost.received())) {
            types.add(message.path("type").asString());
            contract.checkMessage("BoardEventMessage", message);
        }
        assertThat(contract.breaches()).isEmpty();
        assertThat(types).containsExactlyInAnyOrderElementsOf(contract.document()
                .at("/components/schemas/BoardEventMessage/discriminator/mapping").propertyNames());
    }

    private static List<JsonNode> concat(List<JsonNode> first, List<JsonNode> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
