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
import tools.jackson.databind.JsonNode;

/**
 * What is acknowledged is what was sent and what is stored: no guessing at types, no silent replacement of text or
 * settings, lengths counted in characters. Each case is one the security review found lenient.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrictInputTest {
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
    void aLoneSurrogateIsRefusedNotStoredAsAReplacementCharacter() throws Exception {
        refused("POST", b + "/cards", "{\"zone\":\"fails\",\"text\":\"ok \\ud83d\"}", "text");
        refused("PATCH", b + "/cards/" + card, "{\"text\":\"\\ude00 ok\"}", "text");
        refused("POST", b + "/cards/" + card + "/comments", "{\"text\":\"\\ud800\"}", "text");
        refused("PUT", b + "/cards/" + card + "/group", "{\"group\":\"\\udfff\"}", "group");
        ApiClient.Response pair = api.call("POST", b + "/cards", "{\"zone\":\"fails\",\"text\":\"ok \\ud83d\\ude00\"}",
                token);
        assertThat(pair.json().get("text").asString()).isEqualTo("ok 😀");
        assertThat(stored(pair.json().get("id").asString()).get("text").asString()).isEqualTo("ok 😀");
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNotConverted() throws Exception {
        refused("POST", b + "/cards", "{\"zone\":\"fails\",\"text\":5}", "text");
        refused("PUT", b + "/settings", "{\"anonymous\":2}", "anonymous");
        refused("PUT", b + "/settings", "{\"privateWriting\":\"true\"}", "privateWriting");
        refused("PUT", b + "/timer", "{\"action\":\"reset\",\"seconds\":\"60\"}", "seconds");
        refused("PUT", b + "/timer", "{\"action\":\"reset\",\"seconds\":60.5}", "seconds");
        refused("PATCH", b + "/cards/" + card, "{\"text\":\"a\",\"text\":\"b\"}", "body");
        assertThat(session().get("anonymous").asBoolean()).isFalse();
    }

    @Test
    void aVersionMustBeAWholeNumberOfAtLeastZero() throws Exception {
        refused("PATCH", b + "/cards/" + card, "{\"text\":\"x\",\"version\":-1}", "version");
        refused("PATCH", b + "/cards/" + card, "{\"text\":\"x\",\"version\":0.5}", "version");
        assertThat(api.call("PATCH", b + "/cards/" + card, "{\"text\":\"x\",\"version\":7}", token).status())
                .as("a whole, stale version is a conflict").isEqualTo(409);
    }

    @Test
    void anUnknownLanguageIsRefusedNotSilentlyEnglish() throws Exception {
        assertThat(api.call("POST", "/api/boards", "{\"title\":\"T\",\"template\":\"mur-des-fails\",\"language\":\"xx\"}",
                token).json().get("field").asString()).isEqualTo("language");
        assertThat(api.call("POST", "/api/boards", "{\"title\":\"T\",\"template\":\"mur-des-fails\",\"language\":\"fr-CA\"}",
                token).json().get("language").asString()).isEqualTo("fr");
    }

    @Test
    void textWithNothingVisibleIsMissingText() throws Exception {
        for (String invisible : new String[] {"\\u200b\\u200b", "\\ufeff", "\\u2060 \\u200d", "\\u00a0\\u3000"}) {
            refused("POST", b + "/cards", "{\"zone\":\"fails\",\"text\":\"" + invisible + "\"}", "text");
            refused("POST", b + "/cards/" + card + "/comments", "{\"text\":\"" + invisible + "\"}", "text");
        }
        refused("POST", "/api/boards", "{\"title\":\"\\u200b\",\"template\":\"mur-des-fails\"}", "title");
    }

    @Test
    void lengthsAreCountedInCharactersNotUtf16Units() throws Exception {
        String emoji = "😀".repeat(2_000);
        ApiClient.Response accepted = api.call("POST", b + "/cards", "{\"zone\":\"fails\",\"text\":\"" + emoji + "\"}",
                token);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("text").asString()).isEqualTo(emoji);
        refused("POST", b + "/cards", "{\"zone\":\"fails\",\"text\":\"" + emoji + "😀\"}", "text");
        assertThat(api.call("PUT", b + "/cards/" + card + "/group", "{\"group\":\"" + "é".repeat(60) + "\"}", token)
                .status()).isEqualTo(200);
        refused("PUT", b + "/cards/" + card + "/group", "{\"group\":\"" + "👍".repeat(61) + "\"}", "group");
    }

    @Test
    void anInviteExpiresWithinAYear() throws Exception {
        refused("POST", b + "/invites", "{\"role\":\"participant\",\"expiresInHours\":2147483647}", "expiresInHours");
        refused("POST", b + "/invites", "{\"role\":\"participant\",\"expiresInHours\":8761}", "expiresInHours");
        assertThat(api.call("POST", b + "/invites", "{\"role\":\"participant\",\"expiresInHours\":8760}", token)
                .status()).isEqualTo(201);
    }

    private void refused(String method, String path, String body, String field) throws Exception {
        String before = api.call("GET", b, null, token).body();
        ApiClient.Response response = api.call(method, path, body, token);
        assertThat(response.status()).as(method + " " + path + " " + body + " -> " + response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).as(response.body()).isEqualTo(field);
        assertThat(api.call("GET", b, null, token).body()).as("nothing changed").isEqualTo(before);
    }

    private JsonNode session() throws Exception {
        return api.call("GET", b, null, token).json().get("session");
    }

    private JsonNode stored(String cardId) throws Exception {
        for (JsonNode c : api.call("GET", b, null, token).json().get("cards")) {
            if (c.get("id").asString().equals(cardId)) {
                return c;
            }
        }
        throw new AssertionError("no card " + cardId);
    }
}
