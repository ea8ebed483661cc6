package app.atelier.board.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.board.BoardEvent;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.security.ApiTokenService;
import app.atelier.support.ApiClient;
import app.atelier.support.ApiClient.Response;
import app.atelier.support.People;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardApiTest {
    @LocalServerPort
    int port;
    @Autowired
    BoardEventBus bus;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;

    private ApiClient api;
    private String token;
    private String boardId;

    @BeforeEach
    void createBoard() throws Exception {
        api = new ApiClient(port);
        token = tokens.create(people.account("Ana"), "tests").secret();
        Response created = send("POST", "/api/boards", "{\"title\":\"Promesse 2027\",\"template\":\"brand-promise\"}");
        assertThat(created.status()).isEqualTo(201);
        boardId = created.json().get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/boards/" + boardId);
    }

    @Test
    void aBoardComesWithItsZonesInBothLanguages() throws Exception {
        Response board = send("GET", "/api/boards/" + boardId, null);

        assertThat(board.status()).isEqualTo(200);
        assertThat(board.json().get("title").asString()).isEqualTo("Promesse 2027");
        assertThat(board.json().get("template").asString()).isEqualTo("brand-promise");
        assertThat(board.json().get("zones").valueStream().map(z -> z.get("id").asString()).toList())
                .containsExactly("audience", "insight", "promise", "proofs", "narrative", "tone", "amplifiers");
        assertThat(board.json().at("/zones/2/label/fr").asString()).isEqualTo("Promesse");
        assertThat(board.json().at("/zones/0/hint/en").asString()).isNotBlank();
        assertThat(board.json().get("cards").isEmpty()).isTrue();
    }

    @Test
    void theFacilitatorSteersTheSessionThroughTheApi() throws Exception {
        assertThat(send("GET", "/api/boards/" + boardId, null).json().at("/session/phase").asString()).isEqualTo("write");

        Response phase = send("PUT", "/api/boards/" + boardId + "/phase", "{\"phase\":\"vote\"}");
        assertThat(phase.status()).isEqualTo(200);
        assertThat(phase.json().get("phase").asString()).isEqualTo("vote");
        assertThat(phase.json().get("agenda").toString()).isEqualTo("[\"write\",\"discuss\",\"vote\",\"decide\"]");
        Response zone = send("PUT", "/api/boards/" + boardId + "/zones/tone/lock", "{\"locked\":true}");
        assertThat(zone.json().get("lockedZones").toString()).isEqualTo("[\"tone\"]");
        String cardId = addCard("{\"zone\":\"promise\",\"text\":\"x\"}");
        assertThat(send("PUT", "/api/boards/" + boardId + "/cards/" + cardId + "/lock", "{\"locked\":true}").json()
                .get("locked").asBoolean()).isTrue();
        assertThat(send("PUT", "/api/boards/" + boardId + "/lock", "{\"locked\":true}").json().get("locked")
                .asBoolean()).isTrue();

        assertError(send("PUT", "/api/boards/" + boardId + "/phase", "{\"phase\":\"present\"}"), 400, "phase");
        assertError(send("PUT", "/api/boards/" + boardId + "/zones/fails/lock", "{\"locked\":true}"), 400, "zone");
        assertError(send("PUT", "/api/boards/" + boardId + "/lock", "{}"), 400, "locked");
        assertThat(send("GET", "/api/boards/" + boardId, null).json().at("/session/phase").asString()).isEqualTo("vote");
    }

    @Test
    void aDotVoteThroughTheApi() throws Exception {
        String cardId = addCard("{\"zone\":\"promise\",\"text\":\"x\"}");
        Response open = send("POST", "/api/boards/" + boardId + "/vote", "{\"budget\":2,\"hideTotals\":true}");
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.json().get("phase").asString()).isEqualTo("vote");
        assertThat(open.json().at("/vote/open").asBoolean()).isTrue();

        Response dot = send("POST", "/api/boards/" + boardId + "/cards/" + cardId + "/votes", "{\"delta\":1}");
        assertThat(dot.status()).isEqualTo(200);
        assertThat(dot.json().has("votes")).as("hidden while open").isFalse();
        send("POST", "/api/boards/" + boardId + "/cards/" + cardId + "/votes", "{\"delta\":1}");
        Response none = send("POST", "/api/boards/" + boardId + "/cards/" + cardId + "/votes", "{\"delta\":1}");
        assertThat(none.status()).isEqualTo(403);
        assertThat(send("GET", "/api/boards/" + boardId + "/vote", null).json().get("spent").asInt()).isEqualTo(2);
        assertError(send("POST", "/api/boards/" + boardId + "/cards/" + cardId + "/votes", "{}"), 400, "delta");
        assertError(send("POST", "/api/boards/" + boardId + "/vote", "{\"budget\":0}"), 400, "budget");

        assertThat(send("DELETE", "/api/boards/" + boardId + "/vote", null).status()).isEqualTo(200);
        assertThat(send("GET", "/api/boards/" + boardId, null).json().at("/cards/0/votes").asInt()).isEqualTo(2);
    }

    @Test
    void prioritiesAndDecisionsThroughTheApi() throws Exception {
        String first = addCard("{\"zone\":\"promise\",\"text\":\"un\"}");
        String second = addCard("{\"zone\":\"proofs\",\"text\":\"deux\"}");
        Response order = send("PUT", "/api/boards/" + boardId + "/priorities", "{\"order\":[\"" + second + "\"]}");
        assertThat(order.status()).isEqualTo(200);
        assertThat(order.json().get(0).get("id").asString()).isEqualTo(second);
        assertThat(order.json().get(0).get("priority").asInt()).isEqualTo(1);

        Response agreed = send("PUT", "/api/boards/" + boardId + "/cards/" + first + "/status",
                "{\"status\":\"agreed\"}");
        assertThat(agreed.json().get("status").asString()).isEqualTo("agreed");
        assertThat(agreed.json().get("locked").asBoolean()).isTrue();
        assertError(send("PUT", "/api/boards/" + boardId + "/cards/" + first + "/status", "{\"status\":\"ok\"}"),
                400, "status");
        assertError(send("PUT", "/api/boards/" + boardId + "/priorities", "{\"order\":[\"nope\"]}"), 400, "order");
        assertThat(send("GET", "/api/boards/" + boardId + "/priorities", null).json().size()).isEqualTo(2);
    }

    @Test
    void boardsAreListedNewestFirst() throws Exception {
        String newer = send("POST", "/api/boards", "{\"title\":\"Newer\",\"template\":\"value-proposition\"}")
                .json().get("id").asString();
        List<String> ids = send("GET", "/api/boards", null).json().valueStream().map(b -> b.get("id").asString())
                .toList();
        assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(boardId));
    }

    @Test
    void cardsAreCreatedPatchedAndDeletedWithLiveEvents() throws Exception {
        List<BoardEvent> events = new CopyOnWriteArrayList<>();
        Registration subscription = bus.subscribe(boardId, events::add);
        try {
            Response created = send("POST", "/api/boards/" + boardId + "/cards",
                    "{\"zone\":\"promise\",\"text\":\"« Simple, honnête, rapide »\",\"color\":\"green\",\"x\":0.4,\"y\":0.5}");
            assertThat(created.status()).isEqualTo(201);
            String cardId = created.json().get("id").asString();
            assertThat(created.json().get("text").asString()).isEqualTo("« Simple, honnête, rapide »");
            assertThat(created.json().get("version").asLong()).isZero();

            Response patched = send("PATCH", "/api/boards/" + boardId + "/cards/" + cardId,
                    "{\"zone\":\"proofs\",\"text\":\"Livré en 24 h\",\"version\":0}");
            assertThat(patched.status()).isEqualTo(200);
            assertThat(patched.json().get("zone").asString()).isEqualTo("proofs");
            assertThat(patched.json().get("color").asString()).isEqualTo("green");
            assertThat(patched.json().get("version").asLong()).isEqualTo(1);

            Response board = send("GET", "/api/boards/" + boardId, null);
            assertThat(board.json().at("/cards/0/text").asString()).isEqualTo("Livré en 24 h");

            assertThat(send("DELETE", "/api/boards/" + boardId + "/cards/" + cardId, null).status()).isEqualTo(204);
            assertThat(send("GET", "/api/boards/" + boardId, null).json().get("cards").isEmpty()).isTrue();
            assertThat(events).hasSize(3);
            assertThat(events.getLast()).isEqualTo(new BoardEvent.CardDeleted(boardId, cardId));
        } finally {
            subscription.remove();
        }
    }

    @Test
    void aStaleVersionIsA409WithTheCurrentCard() throws Exception {
        String cardId = addCard("{\"zone\":\"tone\",\"text\":\"Chaleureux\"}");
        Response saved = send("PATCH", "/api/boards/" + boardId + "/cards/" + cardId,
                "{\"text\":\"Ana\",\"version\":0}");

        Response stale = send("PATCH", "/api/boards/" + boardId + "/cards/" + cardId,
                "{\"text\":\"Bruno\",\"version\":0}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asString()).isEqualTo("version_conflict");
        assertThat(stale.json().get("field").asString()).isEqualTo("version");
        assertThat(stale.json().get("current")).as("the card exactly as the API shows it").isEqualTo(saved.json());
        assertThat(stale.json().at("/current/text").asString()).isEqualTo("Ana");
        assertThat(stale.json().at("/current/version").asLong()).isEqualTo(1);
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() throws Exception {
        String cards = "/api/boards/" + boardId + "/cards";
        assertError(send("POST", "/api/boards", "{\"title\":\"x\",\"template\":\"pestel\"}"), 400, "template");
        assertError(send("POST", "/api/boards", "{\"title\":\"\",\"template\":\"brand-promise\"}"), 400, "title");
        assertError(send("POST", "/api/boards", "{\"title\":"), 400, "body");
        assertError(send("POST", "/api/boards", ""), 400, "body");
        assertError(send("POST", cards, "{\"zone\":\"pains\",\"text\":\"x\"}"), 400, "zone");
        assertError(send("POST", cards, "{\"text\":\"x\"}"), 400, "zone");
        assertError(send("POST", cards, "{\"zone\":\"promise\",\"text\":\"\"}"), 400, "text");
        assertError(send("POST", cards, "{\"zone\":\"promise\"}"), 400, "text");
        assertError(send("POST", cards, "{\"zone\":\"promise\",\"text\":\"" + "é".repeat(2_001) + "\"}"), 400, "text");
        assertError(send("POST", cards, "{\"zone\":\"promise\",\"text\":\"x\",\"fields\":{\"impact\":\"y\"}}"), 400,
                "fields.impact");
        assertError(send("POST", cards, "{\"zone\":\"promise\",\"text\":\"x\",\"x\":\"left\"}"), 400, "x");
        assertError(send("POST", cards, "{\"zone\":\"promise\",\"text\":\"x\",\"y\":-1}"), 400, "y");
        assertError(send("POST", cards, "{\"zone\":\"promise\",\"text\":\"x\",\"color\":\"red\"}"), 400, "color");
        assertError(send("POST", cards, "{\"zone\":\"promise\",\"text\":\"x\",\"fields\":[1]}"), 400, "fields");
        assertError(send("POST", cards, "[not json"), 400, "body");

        String cardId = addCard("{\"zone\":\"promise\",\"text\":\"kept\"}");
        String card = cards + "/" + cardId;
        assertError(send("PATCH", card, "{\"text\":\"   \"}"), 400, "text");
        assertError(send("PATCH", card, "{\"zone\":\"fails\"}"), 400, "zone");
        assertError(send("PATCH", card, "{\"version\":\"one\"}"), 400, "version");

        JsonNode board = send("GET", "/api/boards/" + boardId, null).json();
        assertThat(board.get("cards").size()).isEqualTo(1);
        assertThat(board.at("/cards/0/text").asString()).isEqualTo("kept");
        assertThat(board.at("/cards/0/version").asLong()).isZero();
    }

    @Test
    void unknownBoardsAndCardsAre404() throws Exception {
        String cardId = addCard("{\"zone\":\"promise\",\"text\":\"x\"}");
        assertError(send("GET", "/api/boards/000000000000000000000000", null), 404, null);
        assertError(send("GET", "/api/boards/not-an-id", null), 404, null);
        assertError(send("POST", "/api/boards/not-an-id/cards", "{\"zone\":\"promise\",\"text\":\"x\"}"), 404, null);
        assertError(send("PATCH", "/api/boards/" + boardId + "/cards/nope", "{\"text\":\"x\"}"), 404, null);
        assertError(send("DELETE", "/api/boards/" + boardId + "/cards/nope", null), 404, null);
        String other = send("POST", "/api/boards", "{\"title\":\"Other\",\"template\":\"brand-promise\"}")
                .json().get("id").asString();
        assertError(send("DELETE", "/api/boards/" + other + "/cards/" + cardId, null), 404, null);
        assertError(send("GET", "/api/nothing-here", null), 404, null);
    }

    @Test
    void errorsSpeakTheCallersLanguage() throws Exception {
        Response response = api.call("POST", "/api/boards/" + boardId + "/cards",
                "{\"zone\":\"promise\",\"text\":\" \"}", token, "Accept-Language", "fr-CA");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asString()).isEqualTo("La carte doit contenir du texte.");
    }

    @Test
    void wrongMethodOrMediaTypeStillAnswersJson() throws Exception {
        Response wrongType = sendAs("POST", "/api/boards", "title=x", "text/plain");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.json().get("status").asInt()).isEqualTo(415);
        Response wrongMethod = send("PUT", "/api/boards/" + boardId, "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("status").asInt()).isEqualTo(405);
    }

    private String addCard(String body) throws Exception {
        Response created = send("POST", "/api/boards/" + boardId + "/cards", body);
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static void assertError(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode json = response.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("message").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        if (field != null) {
            assertThat(json.get("field").asString()).isEqualTo(field);
        }
    }

    private Response send(String method, String path, String body) throws Exception {
        return api.call(method, path, body, token);
    }

    private Response sendAs(String method, String path, String body, String type) throws Exception {
        return api.send(method, path, body, type, token);
    }
}
