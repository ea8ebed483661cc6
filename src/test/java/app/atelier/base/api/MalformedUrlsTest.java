package app.atelier.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import app.atelier.security.ApiTokenService;
import app.atelier.support.People;
import app.atelier.support.RawHttp;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed requests, sent byte for byte: on the API every refusal is an {@link ApiError} in JSON with its 4xx status,
 * whoever refuses (Tomcat's connector, Spring Security's firewall, the container's error dispatch); elsewhere a short
 * page. Never a stack trace or the server's name and version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedUrlsTest {
    private static final String BOARD = "/api/boards/";

    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;

    private String authorization;

    @BeforeEach
    void setUp() {
        authorization = "Authorization: Bearer " + tokens.create(people.account("Robot"), "raw").secret() + "\r\n";
    }

    static Stream<Arguments> malformedApiRequests() {
        return Stream.of(
                // refused by Tomcat's connector, before any servlet
                arguments("NUL in the path", "GET", BOARD + "%00", "", 400),
                arguments("encoded slash after ..", "GET", BOARD + "..%2f..%2fauth%2ftoken", "", 400),
                arguments("a 10,000-character path", "GET", BOARD + "a".repeat(10_000), "", 400),
                arguments("invalid percent-encoding", "GET", BOARD + "%zz", "", 400),
                arguments("encoded slash", "GET", BOARD + "a%2Fb", "", 400),
                arguments("backslash", "GET", BOARD + "a\\b", "", 400),
                arguments("encoded backslash", "GET", BOARD + "a%5Cb", "", 400),
                arguments("NUL in the query", "GET", "/api/boards?q=\0", "", 400),
                arguments("an overlong header", "GET", "/api/boards", "X-Padding: " + "p".repeat(10_000) + "\r\n", 400),
                // refused by Spring Security's firewall
                arguments("session id in the path", "GET", BOARD + "x;jsessionid=0123456789ABCDEF", "", 400),
                arguments("path parameter", "GET", BOARD + "x;v=1/cards", "", 400),
                arguments("encoded dots", "GET", BOARD + "%2e%2e/%2e%2e/actuator/env", "", 400),
                arguments("double slash", "GET", BOARD + "/x", "", 400),
                arguments("encoded percent", "GET", BOARD + "%25", "", 400),
                arguments("encoded line feed", "GET", BOARD + "x%0a", "", 400),
                arguments("unknown method", "BREW", "/api/boards", "", 400),
                arguments("control character in the token", "GET", "/api/boards", "Authorization: Bearer \u0085\r\n",
                        400),
                arguments("control character in Accept", "GET", "/api/boards",
                        "Accept: application/json\u0085\r\n", 400),
                // refused by Tomcat after mapping: the container's error dispatch
                arguments("TRACE", "TRACE", "/api/boards", "", 405));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedApiRequests")
    void theApiAlwaysAnswersItsJsonError(String name, String method, String target, String headers, int status)
            throws Exception {
        RawHttp.Response response = RawHttp.send(port, method, target,
                headers.startsWith("Authorization") ? headers : authorization + headers);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        ApiError error = JsonMapper.shared().readValue(response.body(), ApiError.class);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.error()).isNotBlank();
        assertThat(error.message()).isNotBlank();
        assertNoServerDetails(response);
    }

    @Test
    void wellFormedCallsAreUnchanged() throws Exception {
        assertThat(RawHttp.send(port, "GET", "/api/boards", authorization).status()).isEqualTo(200);
        RawHttp.Response unknown = RawHttp.send(port, "GET", "/api/nothing", authorization);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(JsonMapper.shared().readValue(unknown.body(), ApiError.class).status()).isEqualTo(404);
    }

    @Test
    void pagesOutsideTheApiGetAShortErrorWithoutServerDetails() throws Exception {
        for (String target : new String[] {"/boards/%00", "/boards/a%2Fb", "/boards/x;v=1", "/boards//x"}) {
            RawHttp.Response response = RawHttp.send(port, "GET", target, "");
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.body().length()).as(target).isLessThan(1_000);
            assertNoServerDetails(response);
        }
    }

    private static void assertNoServerDetails(RawHttp.Response response) {
        assertThat(response.body()).doesNotContainIgnoringCase("tomcat").doesNotContainIgnoringCase("apache")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(response.header("Server")).isNull();
        assertThat(response.header("X-Powered-By")).isNull();
    }
}
