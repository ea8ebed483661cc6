package app.atelier.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.BoardService;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiClient.Response;
import app.atelier.support.ApiClient;
import app.atelier.support.People;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The API's doors: tokens, roles, other boards' ids, rate limits, headers. Always a JSON body. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSecurityTest {
    private final HttpClient http = HttpClient.newHttpClient();

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
    private String fannyToken;
    private String boardId;
    private String fannysCard;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(port);
        fanny = people.account("Fanny");
        fannyToken = tokens.create(fanny, "tests").secret();
        Response board = call("POST", "/api/boards", "{\"title\":\"Sécurité\",\"template\":\"brand-promise\"}",
                fannyToken);
        assertThat(board.status()).as(board.body()).isEqualTo(201);
        boardId = board.json().get("id").asString();
        fannysCard = call("POST", cards(), "{\"zone\":\"promise\",\"text\":\"à Fanny\"}", fannyToken).json()
                .get("id").asString();
    }

    @Test
    void withoutAValidTokenEverythingIs401() throws Exception {
        for (String token : new String[] {null, "atl_not-a-real-token", "garbage"}) {
            Response response = call("GET", "/api/boards/" + boardId, null, token);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().get("error").asString()).isEqualTo("unauthorized");
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        }
        AtelierUser user = people.account("Revoked");
        ApiTokenService.NewToken revoked = tokens.create(user, "gone");
        tokens.revoke(user, revoked.token().getId());
        assertThat(call("GET", "/api/boards", null, revoked.secret()).status()).isEqualTo(401);
    }

    @Test
    void emailAndPasswordGiveATokenThatWorks() throws Exception {
        AtelierUser user = people.account("Script");
        Response created = call("POST", "/api/auth/token",
                "{\"email\":\"" + user.email() + "\",\"password\":\"" + People.PASSWORD + "\",\"name\":\"cron\"}", null);
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        assertThat(token).startsWith("atl_");
        assertThat(call("GET", "/api/boards", null, token).status()).isEqualTo(200);

        Response wrong = call("POST", "/api/auth/token",
                "{\"email\":\"" + user.email() + "\",\"password\":\"nope nope nope\"}", null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("message").asString()).isEqualTo("Wrong e-mail or password.");
        assertThat(call("POST", "/api/auth/token", "{\"email\":\"x@y.z\"}", null).status()).isEqualTo(400);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
        AtelierUser user = people.account("Cible");
        String wrong = "{\"email\":\"" + user.email() + "\",\"password\":\"wrong password!\"}";
        for (int i = 0; i < 10; i++) {
            assertThat(call("POST", "/api/auth/token", wrong, null).status()).isEqualTo(401);
        }
        Response locked = call("POST", "/api/auth/token",
                "{\"email\":\"" + user.email() + "\",\"password\":\"" + People.PASSWORD + "\"}", null);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(
                v -> assertThat(Long.parseLong(v)).isPositive());
    }

    @Test
    void aScriptPostingCardsIsStoppedAfterABurst() throws Exception {
        String token = tokens.create(people.member(fanny.actor(), boardId, Role.PARTICIPANT, "Bot"), "bot").secret();
        int created = 0;
        Response last = null;
        for (int i = 0; i < 80; i++) {
            last = call("POST", cards(), "{\"zone\":\"proofs\",\"text\":\"spam " + i + "\"}", token);
            if (last.status() != 201) {
                break;
            }
            created++;
        }
        assertThat(created).isBetween(30, 70);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.json().get("error").asString()).isEqualTo("too_many_requests");
    }

    @Test
    void anotherBoardsIdsGiveNothing() throws Exception {
        String stranger = tokens.create(people.account("Intrus"), "x").secret();
        assertStatus(call("GET", "/api/boards/" + boardId, null, stranger), 404);
        assertStatus(call("POST", cards(), "{\"zone\":\"promise\",\"text\":\"x\"}", stranger), 404);
        assertStatus(call("PATCH", cards() + "/" + fannysCard, "{\"text\":\"pwned\"}", stranger), 404);
        assertStatus(call("DELETE", cards() + "/" + fannysCard, null, stranger), 404);
        assertStatus(call("POST", "/api/boards/" + boardId + "/invites", "{\"role\":\"facilitator\"}", stranger), 404);
        assertStatus(call("GET", "/api/boards/" + boardId + "/members", null, stranger), 404);
        assertThat(call("GET", "/api/boards", null, stranger).json().size()).isZero();

        // a board of the stranger's own does not open the way to Fanny's card either
        String own = call("POST", "/api/boards", "{\"title\":\"À moi\",\"template\":\"brand-promise\"}", stranger)
                .json().get("id").asString();
        assertStatus(call("PATCH", "/api/boards/" + own + "/cards/" + fannysCard, "{\"text\":\"pwned\"}", stranger),
                404);
        assertThat(boards.getCard(fanny.actor(), boardId, fannysCard).getText()).isEqualTo("à Fanny");
    }

    @Test
    void rolesHoldOnTheApi() throws Exception {
        String participant = tokens.create(people.member(fanny.actor(), boardId, Role.PARTICIPANT, "Paul"), "p")
                .secret();
        String observer = tokens.create(people.member(fanny.actor(), boardId, Role.OBSERVER, "Olga"), "o").secret();

        assertStatus(call("POST", cards(), "{\"zone\":\"promise\",\"text\":\"obs\"}", observer), 403);
        assertStatus(call("PATCH", cards() + "/" + fannysCard, "{\"text\":\"x\"}", participant), 403);
        assertStatus(call("DELETE", cards() + "/" + fannysCard, null, participant), 403);
        assertStatus(call("POST", "/api/boards/" + boardId + "/invites", "{\"role\":\"participant\"}", participant),
                403);
        String mine = call("POST", cards(), "{\"zone\":\"promise\",\"text\":\"à Paul\"}", participant).json()
                .get("id").asString();
        assertStatus(call("PATCH", cards() + "/" + mine, "{\"text\":\"revu\"}", participant), 200);
        assertStatus(call("DELETE", cards() + "/" + mine, null, participant), 204);
        assertStatus(call("GET", "/api/boards/" + boardId, null, observer), 200);
    }

    @Test
    void privateContentNeverReachesAnotherParticipantsApiResponse() throws Exception {
        String paul = tokens.create(people.member(fanny.actor(), boardId, Role.PARTICIPANT, "Paul"), "p").secret();
        String lea = tokens.create(people.member(fanny.actor(), boardId, Role.PARTICIPANT, "Léa"), "l").secret();
        assertStatus(call("PUT", "/api/boards/" + boardId + "/settings", "{\"privateWriting\":true}", fannyToken), 200);
        String secret = call("POST", cards(), "{\"zone\":\"promise\",\"text\":\"secret de Paul\"}", paul).json()
                .get("id").asString();

        String seenByLea = call("GET", "/api/boards/" + boardId, null, lea).body();
        assertThat(seenByLea).contains(secret).doesNotContain("secret de Paul").doesNotContain("\"Paul\"");
        assertThat(call("GET", "/api/boards/" + boardId + "/priorities", null, lea).body())
                .doesNotContain("secret de Paul");
        assertThat(call("GET", "/api/boards/" + boardId, null, paul).body()).contains("secret de Paul");

        assertStatus(call("PUT", "/api/boards/" + boardId + "/settings", "{\"privateWriting\":false}", fannyToken),
                200);
        assertThat(call("GET", "/api/boards/" + boardId, null, lea).body()).contains("secret de Paul");
    }

    @Test
    void facilitatorsCreateListAndRevokeInviteLinks() throws Exception {
        Response created = call("POST", "/api/boards/" + boardId + "/invites",
                "{\"role\":\"participant\",\"expiresInHours\":48}", fannyToken);
        assertThat(created.status()).isEqualTo(201);
        String url = created.json().get("url").asString();
        assertThat(url).contains("/join/");
        assertThat(People.secretOf(url)).hasSizeGreaterThanOrEqualTo(43);
        String inviteId = created.json().get("id").asString();

        JsonNode list = call("GET", "/api/boards/" + boardId + "/invites", null, fannyToken).json();
        assertThat(list.toString()).contains(inviteId).doesNotContain(People.secretOf(url));

        assertStatus(call("DELETE", "/api/boards/" + boardId + "/invites/" + inviteId, null, fannyToken), 204);
        assertThat(call("GET", "/api/boards/" + boardId + "/invites", null, fannyToken).json().get(0)
                .get("revokedAt").isNull()).isFalse();
        assertStatus(call("POST", "/api/boards/" + boardId + "/invites", "{\"role\":\"owner\"}", fannyToken), 400);
    }

    @Test
    void securityHeadersAreSentByThePagesAndTheApi() throws Exception {
        for (String path : new String[] {"/", "/login", "/styles.css", "/api/boards", "/api/nothing"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Authorization", "Bearer " + fannyToken).build(), HttpResponse.BodyHandlers.ofString());
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp.split(";\\s*")).contains("frame-ancestors 'none'",
                            "default-src 'self'", "connect-src 'self'")); // no ws:/wss: to any host
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).isPresent();
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
        }
    }

    private String cards() {
        return "/api/boards/" + boardId + "/cards";
    }

    private static void assertStatus(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.json().get("status").asInt()).isEqualTo(status);
        }
    }

    private Response call(String method, String path, String body, String token) throws Exception {
        return api.call(method, path, body, token);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
