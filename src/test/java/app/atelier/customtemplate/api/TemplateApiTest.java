package app.atelier.customtemplate.api;

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

/** Templates over the API: export one, import it back, save a board as one, and the refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TemplateApiTest {
    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;

    private ApiBoard board;

    @BeforeEach
    void setUp() throws Exception {
        board = ApiBoard.create(port, people, tokens, "mur-des-fails");
    }

    @Test
    void anExportImportedBackBecomesATemplateBoardsAreMadeFrom() throws Exception {
        ApiClient.Response exported = board.api().call("GET", "/api/templates/swot", null, board.token(),
                "Accept-Language", "fr");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.json().get("zones").get(0).get("label").asString()).isEqualTo("Forces");

        ApiClient.Response imported = board.call("POST", "/api/templates", exported.body()
                .replaceFirst("\"name\" *: *\"[^\"]*\"", "\"name\":\"SWOT maison\""));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String id = imported.json().get("id").asString();
        assertThat(imported.headers().firstValue("Location")).contains("/api/templates/" + id);

        JsonNode list = board.call("GET", "/api/templates", null).json();
        assertThat(list.findValuesAsString("id")).contains("swot", "mur-des-fails", id);
        ApiClient.Response created = board.call("POST", "/api/boards", "{\"title\":\"T\",\"template\":\"" + id + "\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("zones").get(0).get("label").get("en").asString()).isEqualTo("Forces");
    }

    @Test
    void aBoardIsSavedAsATemplateByItsFacilitator() throws Exception {
        ApiClient.Response saved = board.call("POST", board.path() + "/template", "{\"name\":\"Notre mur\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        JsonNode definition = board.call("GET", "/api/templates/" + saved.json().get("id").asString(), null).json();
        assertThat(definition.get("zones").findValuesAsString("id")).contains("fails", "patterns", "golden-rules");
        assertThat(definition.get("agenda").get(1).asString()).isEqualTo("present");
    }

    @Test
    void aTemplateWithNoZonesOrSomeoneElsesPrivateOneIsRefused() throws Exception {
        ApiClient.Response empty = board.call("POST", "/api/templates", "{\"name\":\"Vide\",\"zones\":[]}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("field").asString()).isEqualTo("zones");
        assertThat(empty.json().get("message").asString()).contains("at least one zone");

        String mine = board.call("POST", "/api/templates", "{\"name\":\"À moi\",\"zones\":[{\"label\":\"A\"}]}")
                .json().get("id").asString();
        String stranger = tokens.create(people.account("Sam"), "t").secret();
        assertThat(board.api().call("GET", "/api/templates/" + mine, null, stranger).status()).isEqualTo(404);
        assertThat(board.api().call("POST", "/api/boards", "{\"title\":\"x\",\"template\":\"" + mine + "\"}",
                stranger).status()).isEqualTo(400);
    }
}
