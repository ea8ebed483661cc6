package app.atelier.board.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.security.ApiTokenService;
import app.atelier.support.ApiBoard;
import app.atelier.support.ApiClient;
import app.atelier.support.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A script cannot flood a board with comments or edits (the review posted 150 comments in 2.2 s and 100 edits in
 * 0.8 s): past a burst, the answer is 429 with Retry-After, and nothing more is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atelier.rate.edit-burst=5", "atelier.rate.edits-per-minute=1",
        "atelier.rate.comment-burst=3", "atelier.rate.comments-per-minute=1"})
class ActionLimitsTest {
    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;

    private ApiClient api;
    private String token;
    private String b;
    private String card;

    @BeforeEach
    void setUp() throws Exception {
        ApiBoard board = ApiBoard.create(port, people, tokens, "mur-des-fails");
        api = board.api();
        token = board.token();
        b = board.path();
        card = board.addCard("fails", "Raté");
    }

    @Test
    void editsPastTheBurstAreRefused() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(api.call("PATCH", b + "/cards/" + card, "{\"text\":\"v" + i + "\"}", token).status())
                    .isEqualTo(200);
        }
        ApiClient.Response refused = api.call("PATCH", b + "/cards/" + card, "{\"text\":\"v6\"}", token);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("error").asString()).isEqualTo("too_many_requests");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(api.call("DELETE", b + "/cards/" + card, null, token).status()).as("a delete is an edit too")
                .isEqualTo(429);
        assertThat(api.call("GET", b, null, token).json().get("cards").get(0).get("text").asString()).isEqualTo("v5");
    }

    @Test
    void commentsPastTheBurstAreRefused() throws Exception {
        String comments = b + "/cards/" + card + "/comments";
        for (int i = 1; i <= 3; i++) {
            assertThat(api.call("POST", comments, "{\"text\":\"c" + i + "\"}", token).status()).isEqualTo(201);
        }
        ApiClient.Response refused = api.call("POST", comments, "{\"text\":\"c4\"}", token);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(api.call("GET", comments, null, token).json()).hasSize(3);
    }
}
