package app.atelier.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.security.ApiTokenService;
import app.atelier.support.ApiClient.Response;
import app.atelier.support.ApiClient;
import app.atelier.support.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportApiTest {
    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;

    private ApiClient api;
    private String token;
    private String boardId;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(port);
        token = tokens.create(people.account("Fanny"), "export").secret();
        boardId = api.call("POST", "/api/boards", "{\"title\":\"Promesse\",\"template\":\"brand-promise\"}", token)
                .json().get("id").asString();
        api.call("POST", "/api/boards/" + boardId + "/cards", "{\"zone\":\"promise\",\"text\":\"Simple, honnête\"}",
                token);
    }

    @Test
    void theBoardDownloadsAsJsonMarkdownAndCsvAndTheJsonImportsAsANewBoard() throws Exception {
        Response json = api.call("GET", "/api/boards/" + boardId + "/export.json", null, token);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).contains("attachment").contains("board.json"));
        assertThat(json.json().get("cards").get(0).get("text").asString()).isEqualTo("Simple, honnête");

        Response md = api.call("GET", "/api/boards/" + boardId + "/export.md", null, token);
        assertThat(md.body()).contains("## Promise").contains("Simple, honnête");
        Response csv = api.call("GET", "/api/boards/" + boardId + "/export.csv", null, token);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.body()).contains("Simple, honnête");

        Response imported = api.call("POST", "/api/boards/import", json.body(), token);
        assertThat(imported.status()).isEqualTo(201);
        String copy = imported.json().get("id").asString();
        assertThat(api.call("GET", "/api/boards/" + copy, null, token).json().at("/cards/0/text").asString())
                .isEqualTo("Simple, honnête");
    }

    @Test
    void aBoardKeepsTheLanguageItWasCreatedInForItsExports() throws Exception {
        String french = api.call("POST", "/api/boards", "{\"title\":\"Mur\",\"template\":\"mur-des-fails\"}", token,
                "Accept-Language", "fr-CA").json().get("id").asString();
        assertThat(api.call("GET", "/api/boards/" + french, null, token).json().get("language").asString())
                .isEqualTo("fr");
        assertThat(api.call("GET", "/api/boards/" + french + "/export.md", null, token, "Accept-Language", "en").body())
                .contains("## Règles d’or");
        assertThat(api.call("GET", "/api/boards/" + boardId, null, token).json().get("language").asString())
                .isEqualTo("en");
    }

    @Test
    void theDecisionReportIsAPdf() throws Exception {
        Response pdf = api.call("GET", "/api/boards/" + boardId + "/report.pdf", null, token, "Accept-Language", "fr");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void badImportsAreA400AndCreateNothing() throws Exception {
        int before = api.call("GET", "/api/boards", null, token).json().size();
        Response malformed = api.call("POST", "/api/boards/import", "{not json", token);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("field").asString()).isEqualTo("body");
        String bad = api.call("GET", "/api/boards/" + boardId + "/export.json", null, token).body()
                .replace("\"promise\"", "\"nowhere\"");
        Response invalid = api.call("POST", "/api/boards/import", bad, token);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("field").asString()).isEqualTo("cards[0].zone");
        assertThat(api.call("GET", "/api/boards", null, token).json().size()).isEqualTo(before);
    }
}
