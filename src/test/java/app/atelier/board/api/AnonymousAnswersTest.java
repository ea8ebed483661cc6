package app.atelier.board.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiBoard;
import app.atelier.support.ApiClient;
import app.atelier.support.EventClient;
import app.atelier.support.People;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Anonymous mode hides who wrote a card from everyone, facilitators included, in every answer and every event: the
 * review saw the author in the answers of the facilitator's card commands (group, lock, evidence, status).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousAnswersTest {
    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;

    @Test
    void facilitatorsCardCommandsAnswerAndAnnounceWithoutTheAuthor() throws Exception {
        ApiBoard fixture = ApiBoard.create(port, people, tokens, "mur-des-fails");
        ApiClient api = fixture.api();
        String token = fixture.token();
        String board = fixture.id();
        String b = fixture.path();
        AtelierUser writer = people.member(fixture.facilitator().actor(), board, Role.PARTICIPANT, "Zoé Secrète");
        String card = fixture.addCard("fails", "Raté", tokens.create(writer, "t").secret());
        String other = fixture.addCard("golden-rules", "Règle");
        assertThat(api.call("PUT", b + "/settings", "{\"anonymous\":true}", token).status()).isEqualTo(200);
        assertThat(api.call("POST", b + "/vote", "{}", token).status()).isEqualTo(200);

        try (EventClient events = EventClient.connect(port, board, "", token)) {
            events.next(); // hello
            List<String[]> commands = List.of(
                    new String[] {"PUT", b + "/cards/" + card + "/group", "{\"group\":\"Motif\"}"},
                    new String[] {"PUT", b + "/cards/" + card + "/lock", "{\"locked\":true}"},
                    new String[] {"PUT", b + "/cards/" + card + "/evidence", "{\"cardIds\":[\"" + other + "\"]}"},
                    new String[] {"PUT", b + "/cards/" + card + "/status", "{\"status\":\"set-aside\"}"},
                    new String[] {"POST", b + "/cards/" + card + "/votes", "{\"delta\":1}"},
                    new String[] {"PATCH", b + "/cards/" + card, "{}"},
                    new String[] {"PATCH", b + "/cards/" + card, "{\"text\":\"Raté, vraiment\"}"});
            for (String[] command : commands) {
                ApiClient.Response answer = api.call(command[0], command[1], command[2], token);
                assertThat(answer.status()).as(String.join(" ", command)).isEqualTo(200);
                assertThat(answer.json().has("author")).as(String.join(" ", command) + " " + answer.body()).isFalse();
                assertThat(answer.json().get("id").asString()).isEqualTo(card);
            }
            for (int i = 0; i < commands.size() - 1; i++) { // the empty PATCH changes nothing and announces nothing
                JsonNode message = events.next();
                assertThat(message.get("type").asString()).isEqualTo("card");
                assertThat(message.get("card").has("author")).as(message.toString()).isFalse();
            }
        }
    }
}
