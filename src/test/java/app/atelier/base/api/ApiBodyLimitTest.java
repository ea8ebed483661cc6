package app.atelier.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.security.ApiTokenService;
import app.atelier.support.ApiBoard;
import app.atelier.support.People;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A huge body is refused before it is read into memory, announced or sent in chunks, and nothing is written. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiBodyLimitTest {
    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;

    @Test
    void bodiesPastTheLimitAreRefused() throws Exception {
        ApiBoard board = ApiBoard.create(port, people, tokens, "mur-des-fails");
        byte[] huge = ("{\"zone\":\"fails\",\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + board.path()
                + "/cards")).header("Authorization", "Bearer " + board.token()).header("Content-Type",
                "application/json");

        HttpResponse<String> announced = http.send(request.copy().POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(announced.body()).contains("\"status\":413");

        HttpResponse<String> chunked = http.send(request.copy().POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(huge))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(400);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));

        assertThat(board.read().get("cards")).isEmpty();
    }
}
