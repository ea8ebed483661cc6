package app.atelier.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.security.ApiTokenService;
import app.atelier.support.ApiClient.Response;
import app.atelier.support.ApiClient;
import app.atelier.support.People;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/boards/import}: validated as a whole with the API's rules, bounded, rate-limited, all or nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    MongoTemplate mongo;

    private ApiClient api;
    private String token;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        token = newImporter(); // every import attempt counts against its account's hourly allowance
    }

    /** A small valid export: a fail with a comment, and a golden rule that cites it. */
    static ObjectNode validImport() {
        return (ObjectNode) JSON.readTree("""
                {"format": 1, "title": "Mur importé", "template": "mur-des-fails", "language": "fr",
                 "phase": "discuss", "anonymous": false,
                 "cards": [
                   {"ref": "c1", "zone": "fails", "text": "Salon vide", "fields": {"impact": "12 k€"},
                    "author": "Paul", "group": "Cible", "votes": 2, "status": "set-aside", "priority": 2,
                    "comments": [{"author": "Léa", "text": "Vu des ventes", "createdAt": "2026-01-05T10:00:00Z"}],
                    "createdAt": "2026-01-05T09:00:00Z"},
                   {"ref": "c2", "zone": "golden-rules", "text": "Tester la cible", "author": "Fanny",
                    "status": "agreed", "priority": 1, "evidence": ["c1"],
                    "comments": [{"author": "Paul", "text": "Oui"}]}
                 ]}
                """);
    }

    static Stream<Arguments> badImports() {
        return Stream.of(
                bad("a comment over 2,000 characters on the second card",
                        b -> comment(b, 1, 0).put("text", "x".repeat(2_001)), "cards[1].comments[0].text"),
                bad("an empty comment on the second card", b -> comment(b, 1, 0).put("text", ""),
                        "cards[1].comments[0].text"),
                bad("an invalid second card", b -> card(b, 1).put("text", " "), "cards[1].text"),
                bad("a null comment", b -> card(b, 0).putArray("comments").addNull(), "cards[0].comments[0]"),
                bad("a null card", b -> b.putArray("cards").addNull(), "cards[0]"),
                bad("no cards", b -> b.remove("cards"), "cards"),
                bad("an author of 100,000 characters with markup",
                        b -> card(b, 0).put("author", "<img src=x onerror=alert(1)>" + "x".repeat(100_000)),
                        "cards[0].author"),
                bad("a blank author", b -> card(b, 0).put("author", "  "), "cards[0].author"),
                bad("a comment author of control characters only",
                        b -> comment(b, 0, 0).put("author", "\u0000\u202E"), "cards[0].comments[0].author"),
                bad("a group of 10,000 characters", b -> card(b, 0).put("group", "g".repeat(10_000)),
                        "cards[0].group"),
                bad("a group one character over the API's limit", b -> card(b, 0).put("group", "g".repeat(61)),
                        "cards[0].group"),
                bad("priority -1", b -> card(b, 0).put("priority", -1), "cards[0].priority"),
                bad("priority 2^31-1", b -> card(b, 0).put("priority", Integer.MAX_VALUE), "cards[0].priority"),
                bad("priority 0 (places start at 1)", b -> card(b, 0).put("priority", 0), "cards[0].priority"),
                bad("a priority past the number of cards", b -> card(b, 0).put("priority", 3), "cards[0].priority"),
                bad("two cards at one priority", b -> card(b, 1).put("priority", 2), "cards[1].priority"),
                bad("negative votes", b -> card(b, 0).put("votes", -1), "cards[0].votes"),
                bad("absurd votes", b -> card(b, 0).put("votes", Integer.MAX_VALUE), "cards[0].votes"),
                bad("an unknown status", b -> card(b, 0).put("status", "maybe"), "cards[0].status"),
                bad("a card created in 9999", b -> card(b, 0).put("createdAt", "9999-01-01T00:00:00Z"),
                        "cards[0].createdAt"),
                bad("a card created in 1970", b -> card(b, 0).put("createdAt", "1970-01-01T00:00:00Z"),
                        "cards[0].createdAt"),
                bad("a comment written in 9999", b -> comment(b, 0, 0).put("createdAt", "9999-01-01T00:00:00Z"),
                        "cards[0].comments[0].createdAt"),
                bad("a card citing itself as evidence", b -> card(b, 1).putArray("evidence").add("c2"),
                        "cards[1].evidence"),
                bad("evidence citing no card of the import", b -> card(b, 1).putArray("evidence").add("c9"),
                        "cards[1].evidence"),
                bad("a null evidence ref", b -> card(b, 1).putArray("evidence").addNull(), "cards[1].evidence"),
                bad("two cards with one ref", b -> card(b, 1).put("ref", "c1"), "cards[1].ref"),
                bad("an unknown phase", b -> b.put("phase", "nap"), "phase"),
                bad("a phase outside the template's agenda",
                        b -> b.put("template", "brand-promise").put("phase", "present"), "phase"),
                bad("an unknown language", b -> b.put("language", "de"), "language"),
                bad("another format", b -> b.put("format", 2), "format"),
                bad("2,001 cards", b -> {
                    ArrayNode cards = b.putArray("cards");
                    for (int i = 1; i <= 2_001; i++) {
                        cards.addObject().put("ref", "c" + i).put("zone", "fails").put("text", "fail " + i);
                    }
                }, "cards"),
                bad("501 comments on one card", b -> {
                    ArrayNode comments = card(b, 0).putArray("comments");
                    for (int i = 1; i <= 501; i++) {
                        comments.addObject().put("text", "comment " + i);
                    }
                }, "cards[0].comments"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badImports")
    void aBadImportIsA400NamingTheFieldAndWritesNothing(String name, Consumer<ObjectNode> change, String field)
            throws Exception {
        ObjectNode body = validImport();
        change.accept(body);
        Store before = store();

        Response answer = api.call("POST", "/api/boards/import", JSON.writeValueAsString(body), token);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertJson(answer);
        assertThat(answer.json().get("field").asString()).isEqualTo(field);
        assertNothingWritten(before);
    }

    @Test
    void aValidImportCleansNamesAndKeepsItsSessionAndAnExportOfItImportsToTheSameContent() throws Exception {
        ObjectNode body = validImport();
        comment(body, 0, 0).put("author", "L\u0000é\u202Ea");
        Response imported = api.call("POST", "/api/boards/import", JSON.writeValueAsString(body), token);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String id = imported.json().get("id").asString();

        JsonNode board = api.call("GET", "/api/boards/" + id, null, token).json();
        assertThat(board.at("/session/phase").asString()).isEqualTo("discuss");
        assertThat(board.get("language").asString()).isEqualTo("fr");
        JsonNode first = export(id);
        assertThat(first.at("/cards/0/comments/0/author").asString()).isEqualTo("Léa");
        assertThat(first.at("/cards/1/evidence/0").asString()).isEqualTo("c1");

        Response again = api.call("POST", "/api/boards/import", JSON.writeValueAsString(first), token);
        assertThat(again.status()).isEqualTo(201);
        JsonNode second = export(again.json().get("id").asString());
        ((ObjectNode) first).remove("exportedAt");
        ((ObjectNode) second).remove("exportedAt");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aBodyOverTheSizeCapIsA413WhetherOrNotItsLengthIsAnnounced() throws Exception {
        byte[] huge = ("{\"format\": 1, \"title\": \"" + "x".repeat(MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        Store before = store();

        Response announced = api.call("POST", "/api/boards/import", new String(huge, StandardCharsets.UTF_8), token);
        assertThat(announced.status()).isEqualTo(413);
        assertJson(announced);
        assertThat(announced.json().get("status").asInt()).isEqualTo(413);

        // a stream of unknown length goes chunked, without Content-Length: the server must count what it reads
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/boards/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(chunked.body()).get("status").asInt()).isEqualTo(413);
        assertNothingWritten(before);
    }

    @Test
    void pastTenImportsAnHourTheNextIsA429WithRetryAfterAndWritesNothing() throws Exception {
        String small = JSON.writeValueAsString(validImport());
        for (int i = 0; i < 10; i++) {
            assertThat(api.call("POST", "/api/boards/import", small, token).status()).isEqualTo(201);
        }
        Store before = store();

        Response refused = api.call("POST", "/api/boards/import", small, token);

        assertThat(refused.status()).isEqualTo(429);
        assertJson(refused);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                v -> assertThat(Long.parseLong(v)).isPositive());
        assertNothingWritten(before);
    }

    // --- helpers ---

    private String newImporter() {
        return tokens.create(people.account("Ines"), "import").secret();
    }

    private JsonNode export(String boardId) throws Exception {
        Response export = api.call("GET", "/api/boards/" + boardId + "/export.json", null, token);
        assertThat(export.status()).isEqualTo(200);
        return export.json();
    }

    private record Store(int boards, long cards, long comments) {
    }

    private Store store() throws Exception {
        return new Store(api.call("GET", "/api/boards", null, token).json().size(),
                mongo.getCollection("cards").countDocuments(), mongo.getCollection("comments").countDocuments());
    }

    private void assertNothingWritten(Store before) throws Exception {
        assertThat(store()).isEqualTo(before);
    }

    private static void assertJson(Response answer) {
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    }

    private static Arguments bad(String name, Consumer<ObjectNode> change, String field) {
        return Arguments.of(name, change, field);
    }

    private static ObjectNode card(ObjectNode body, int i) {
        return (ObjectNode) body.get("cards").get(i);
    }

    private static ObjectNode comment(ObjectNode body, int card, int i) {
        return (ObjectNode) card(body, card).get("comments").get(i);
    }
}
