package app.atelier.board.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.board.BoardService;
import app.atelier.board.NewCard;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiClient;
import app.atelier.support.EventClient;
import app.atelier.support.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The live event API: numbered JSON messages, visibility per account, resume by sequence number. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardEventsSocketTest {
    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    BoardService boards;

    private ApiClient api;
    private AtelierUser fanny;
    private ApiTokenService.NewToken created;
    private String token;
    private String boardId;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(port);
        fanny = people.account("Fanny");
        created = tokens.create(fanny, "events");
        token = created.secret();
        boardId = api.call("POST", "/api/boards", "{\"title\":\"Live\",\"template\":\"brand-promise\"}", token)
                .json().get("id").asString();
    }

    @Test
    void everyChangeArrivesNumberedAndAReconnectingClientGetsWhatItMissed() throws Exception {
        EventClient live = connect("");
        JsonNode hello = live.next();
        assertThat(hello.get("type").asString()).isEqualTo("hello");

        String cardId = api.call("POST", "/api/boards/" + boardId + "/cards",
                "{\"zone\":\"promise\",\"text\":\"« Simple »\"}", token).json().get("id").asString();
        api.call("PUT", "/api/boards/" + boardId + "/phase", "{\"phase\":\"discuss\"}", token);
        JsonNode card = live.next();
        JsonNode session = live.next();
        assertThat(card.get("type").asString()).isEqualTo("card");
        assertThat(card.at("/card/text").asString()).isEqualTo("« Simple »");
        assertThat(session.get("type").asString()).isEqualTo("session");
        assertThat(session.at("/session/phase").asString()).isEqualTo("discuss");
        assertThat(session.get("seq").asLong()).isEqualTo(card.get("seq").asLong() + 1);
        long lastSeen = session.get("seq").asLong();
        live.close();

        api.call("PATCH", "/api/boards/" + boardId + "/cards/" + cardId, "{\"text\":\"revu\"}", token);
        api.call("DELETE", "/api/boards/" + boardId + "/cards/" + cardId, null, token);

        EventClient resumed = connect("?since=" + lastSeen);
        assertThat(resumed.next().get("type").asString()).isEqualTo("hello");
        JsonNode missed1 = resumed.next();
        JsonNode missed2 = resumed.next();
        assertThat(missed1.get("seq").asLong()).isEqualTo(lastSeen + 1);
        assertThat(missed1.at("/card/text").asString()).isEqualTo("revu");
        assertThat(missed2.get("type").asString()).isEqualTo("card.deleted");
        assertThat(missed2.get("seq").asLong()).isEqualTo(lastSeen + 2);
        resumed.close();
    }

    @Test
    void strangersAndAnonymousCallersGetNoStream() throws Exception {
        String stranger = tokens.create(people.account("Intrus"), "x").secret();
        assertThatThrownBy(() -> connect("", stranger)).hasMessageContaining("404");
        assertThatThrownBy(() -> connect("", null)).hasMessageContaining("401");
    }

    @Test
    void revokingTheTokenClosesItsStreamAtOnce() throws Exception {
        EventClient live = connect("");
        live.next(); // hello

        tokens.revoke(fanny, created.token().getId());

        assertThat(live.closed(3_000)).as("closed within 3 s").isTrue();
        assertThat(live.closeReason()).isEqualTo("1008 token revoked");
        boards.addCard(fanny.actor(), boardId, NewCard.of("promise", "après la révocation"));
        assertThat(live.poll(500)).as("nothing after the revocation").isNull();
    }

    private EventClient connect(String query) throws Exception {
        return connect(query, token);
    }

    private EventClient connect(String query, String bearer) throws Exception {
        return EventClient.connect(port, boardId, query, bearer);
    }
}
