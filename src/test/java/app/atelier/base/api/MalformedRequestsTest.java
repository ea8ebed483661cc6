package app.atelier.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiBoard;
import app.atelier.support.ApiClient;
import app.atelier.support.People;
import app.atelier.support.TestImages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A corpus of malformed requests against every REST endpoint: broken and wrong-typed bodies, nulls in lists, huge and
 * odd Unicode strings, bad ids in paths. Whatever is sent, the answer is never a 5xx, always the API's JSON error
 * for a 4xx, and a rejected request changes nothing (the board, its comments, the store's collections and the
 * event log are as before). A new endpoint must join the corpus: the test fails while one is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atelier.rate.card-burst=1000000", "atelier.rate.edit-burst=1000000", "atelier.rate.comment-burst=1000000",
        "atelier.rate.imports-per-hour=1000000", "atelier.rate.tokens-per-hour=1000000",
        "atelier.rate.sign-in-failures-per-account=1000000", "atelier.rate.sign-in-failures-per-address=1000000"})
class MalformedRequestsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOLE = "@@bad@@";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+)}");

    /** Values that are wrong somewhere: wrong types, out of range, odd or huge Unicode, nulls in lists. */
    private static final List<String> BAD_VALUES = List.of("null", "0", "-1", "2147483648", "9223372036854775808",
            "1e400", "0.5", "true", "\"\"", "\" \"", "\"\\u200b\\u200b\"", "\"\\ufeff\"", "\"\\u0000\"",
            "\"\\ud800\"", "\"x\\udc00\"", "\"\\u202e\"", "\"" + "x".repeat(10_001) + "\"",
            "\"" + "\\ud83d\\ude00".repeat(2_001) + "\"", "\"<img src=x onerror=alert(1)>\"", "\"../../etc/passwd\"",
            "[]", "[null]", "[1]", "[[]]", "{}", "{\"a\":null}");

    /** Whole bodies that are not what any endpoint reads. */
    private static final List<String> BAD_BODIES = List.of("", "{", "[]", "null", "\"x\"", "1", "{\"a\":}",
            "{} {}", "[".repeat(5_000) + "]".repeat(5_000), "{\"x\":\"" + "y".repeat(300_000) + "\"}");

    /** Ids that name nothing, or try to escape the path. */
    private static final List<String> BAD_IDS = List.of("nope", "%00", "..%2f..%2fapi", "%2e%2e", "%C3%A9%F0%9F%98%80",
            "%20", "%5C", "a".repeat(300), "a".repeat(10_000));

    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    app.atelier.crowd.CrowdService crowd;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    BoardEventBus events;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ApiClient api;
    private String token;
    private final Map<String, String> ids = new LinkedHashMap<>();
    /** The state every rejected request must leave behind (taken again after an accepted one). */
    private String baseline;

    /** The body of an image upload: a file in a multipart form, which every JSON body here is not. */
    private static final String MULTIPART = "{\"file\":\"multipart only\"}";

    /** One endpoint: method, path with placeholders, and a body it accepts (null: it reads none). */
    private record Endpoint(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        ApiBoard fixture = ApiBoard.create(port, people, tokens, "mur-des-fails");
        api = fixture.api();
        token = fixture.token();
        String b = fixture.path();
        AtelierUser facilitator = fixture.facilitator();
        AtelierUser author = people.member(facilitator.actor(), fixture.id(), Role.PARTICIPANT, "Zoé Secrète");
        String authorToken = tokens.create(author, "author").secret();
        String card = ok(api.call("POST", b + "/cards", "{\"zone\":\"fails\",\"text\":\"Un échec\","
                + "\"fields\":{\"context\":\"Q3\"}}", authorToken)).get("id").asString();
        String comment = ok(api.call("POST", b + "/cards/" + card + "/comments", "{\"text\":\"Vu\"}", authorToken))
                .get("id").asString();
        String invite = ok(call("POST", b + "/invites", "{\"role\":\"observer\"}")).get("id").asString();
        String member = people.member(facilitator.actor(), fixture.id(), Role.OBSERVER, "Olga").id();
        String image = ok(api.upload(b + "/cards/" + card + "/images", "file", "shot.png", TestImages.png(40, 20),
                authorToken)).get("id").asString();
        String breakout = ok(call("POST", b + "/breakouts", "{\"groups\":2}")).get(0).get("id").asString();
        ok(call("PUT", b + "/settings", "{\"anonymous\":true}"));
        ids.putAll(Map.of("board", fixture.id(), "card", card, "card2", fixture.addCard("golden-rules", "Une règle"),
                "comment", comment, "invite", invite, "member", member, "zone", "fails", "image", image,
                "breakout", breakout, "email", facilitator.getUsername()));
        String hackathon = ok(call("POST", "/api/boards", "{\"title\":\"Hack\",\"template\":\"hackathon-pitch\"}"))
                .get("id").asString();
        ids.put("hackathon", hackathon);
        ids.put("template", ok(call("POST", "/api/templates",
                "{\"name\":\"PESTEL\",\"zones\":[{\"label\":\"Politique\"}]}")).get("id").asString());
        ids.put("pitch", ok(call("POST", "/api/boards/" + hackathon + "/cards",
                "{\"zone\":\"pitches\",\"text\":\"Un pitch\"}")).get("id").asString());
        ids.put("seq", "2");
        String agreed = fixture.addCard("golden-rules", "Adoptée");
        ok(call("PUT", b + "/cards/" + agreed + "/status", "{\"status\":\"agreed\"}"));
        ids.put("agreed", agreed);
        ids.put("due", java.time.LocalDate.now().plusDays(30).toString());
        ids.put("action", ok(call("POST", b + "/actions", "{\"cardId\":\"" + agreed + "\",\"what\":\"Agir\","
                + "\"ownerName\":\"Sam\",\"due\":\"" + ids.get("due") + "\"}")).get("id").asString());
        ids.put("feed", ok(call("POST", "/api/calendar", null)).get("id").asString());
        for (String trashed : List.of("trashed", "trashed2")) {
            String id = fixture.addCard("fails", "Jeté");
            ok(call("DELETE", b + "/cards/" + id, null));
            ids.put(trashed, id);
        }
        String code = ok(call("PUT", b + "/crowd", "{\"on\":true,\"step\":\"write\",\"zone\":\"fails\","
                + "\"moderated\":true}")).get("code").asString();
        app.atelier.crowd.CrowdPhone phone = crowd.join(code, null, "Tel", "192.0.2.1").phone();
        for (String idea : List.of("idea", "idea2", "idea3")) {
            ids.put(idea, crowd.send(phone, idea, "Idée " + idea).id());
        }
        String capsule = ok(call("POST", "/api/boards", "{\"title\":\"Capsule\",\"template\":\"time-capsule\"}"))
                .get("id").asString();
        ids.put("capsule", capsule);
        ids.put("prediction", ok(call("POST", "/api/boards/" + capsule + "/cards",
                "{\"zone\":\"predictions\",\"text\":\"Une prédiction\"}")).get("id").asString());
    }

    private List<Endpoint> corpus() throws Exception {
        String b = "/api/boards/{board}";
        String export = call("GET", resolve(b + "/export.json"), null).body();
        return List.of(
                new Endpoint("POST", "/api/boards", "{\"title\":\"T\",\"template\":\"brand-promise\",\"language\":\"en\"}"),
                new Endpoint("GET", "/api/boards", null),
                new Endpoint("POST", "/api/boards/import", export),
                new Endpoint("GET", b, null),
                new Endpoint("POST", b + "/cards", "{\"zone\":\"fails\",\"text\":\"t\",\"fields\":{\"impact\":\"i\"},"
                        + "\"color\":\"pink\",\"x\":0.1,\"y\":0.2}"),
                new Endpoint("PATCH", b + "/cards/{card}", "{\"zone\":\"fails\",\"text\":\"t2\","
                        + "\"fields\":{\"lessons\":\"l\"},\"color\":\"blue\",\"x\":0.3,\"y\":0.4,\"version\":0}"),
                new Endpoint("PUT", b + "/phase", "{\"phase\":\"write\"}"),
                new Endpoint("PUT", b + "/settings", "{\"privateWriting\":false,\"anonymous\":true}"),
                new Endpoint("PUT", b + "/timer", "{\"action\":\"reset\",\"seconds\":60}"),
                new Endpoint("PUT", b + "/spotlight", "{\"cardId\":\"{card}\"}"),
                new Endpoint("POST", b + "/present/next", "{\"zone\":\"fails\",\"seconds\":60}"),
                new Endpoint("PUT", b + "/lock", "{\"locked\":false}"),
                new Endpoint("PUT", b + "/zones/{zone}/lock", "{\"locked\":false}"),
                new Endpoint("PUT", b + "/cards/{card}/lock", "{\"locked\":false}"),
                new Endpoint("GET", b + "/groups", null),
                new Endpoint("PUT", b + "/cards/{card}/group", "{\"group\":\"Motif\"}"),
                new Endpoint("PUT", b + "/cards/{card}/evidence", "{\"cardIds\":[\"{card2}\"]}"),
                new Endpoint("GET", b + "/priorities", null),
                new Endpoint("PUT", b + "/priorities", "{\"order\":[\"{card2}\",\"{card}\"]}"),
                new Endpoint("PUT", b + "/cards/{card}/status", "{\"status\":\"agreed\"}"),
                new Endpoint("GET", b + "/cards/{card}/comments", null),
                new Endpoint("POST", b + "/cards/{card}/comments", "{\"text\":\"Bien vu\"}"),
                new Endpoint("DELETE", b + "/comments/{comment}", null),
                new Endpoint("GET", "/api/boards/{hackathon}/cards/{pitch}/marks", null),
                new Endpoint("PUT", "/api/boards/{hackathon}/cards/{pitch}/marks",
                        "{\"marks\":{\"impact\":4,\"feasibility\":3,\"creativity\":5,\"delivery\":2}}"),
                new Endpoint("GET", "/api/boards/{hackathon}/results", null),
                new Endpoint("GET", "/api/boards/{capsule}/capsule", null),
                new Endpoint("GET", "/api/boards/{capsule}/capsule/outcomes", null),
                new Endpoint("PUT", "/api/boards/{capsule}/cards/{prediction}/outcome",
                        "{\"happened\":\"Vrai\",\"verdict\":\"right\"}"),
                new Endpoint("POST", "/api/boards/{capsule}/capsule/seal", "{\"revealAt\":\"2030-01-01T09:00:00Z\"}"),
                new Endpoint("GET", b + "/actions", null),
                new Endpoint("POST", b + "/actions", "{\"cardId\":\"{agreed}\",\"what\":\"Former\","
                        + "\"ownerName\":\"Sam\",\"due\":\"{due}\"}"),
                new Endpoint("PATCH", b + "/actions/{action}", "{\"status\":\"in-progress\",\"note\":\"En cours\"}"),
                new Endpoint("GET", "/api/actions/mine", null),
                new Endpoint("POST", b + "/follow-up", "{\"active\":true}"),
                new Endpoint("POST", b + "/calendar", null),
                new Endpoint("GET", "/api/calendar", null),
                new Endpoint("POST", "/api/calendar", null),
                new Endpoint("DELETE", "/api/calendar/{feed}", null),
                new Endpoint("DELETE", b + "/actions/{action}", null),
                new Endpoint("GET", b + "/history", null),
                new Endpoint("GET", b + "/history/{seq}", null),
                new Endpoint("GET", b + "/history.csv", null),
                new Endpoint("POST", b + "/undo", null),
                new Endpoint("POST", b + "/redo", null),
                new Endpoint("GET", b + "/trash", null),
                new Endpoint("POST", b + "/trash/{trashed}/restore", null),
                new Endpoint("DELETE", b + "/trash/{trashed2}", null),
                new Endpoint("DELETE", b + "/trash", null),
                new Endpoint("GET", "/api/templates", null),
                new Endpoint("POST", "/api/templates", "{\"name\":\"Mon modèle\",\"shared\":false,"
                        + "\"agenda\":[\"write\",\"vote\"],\"zones\":[{\"label\":\"Idées\",\"hint\":\"Tout\","
                        + "\"color\":\"blue\",\"fields\":[{\"label\":\"Idée\",\"main\":true}]}]}"),
                new Endpoint("GET", "/api/templates/{template}", null),
                new Endpoint("POST", b + "/template", "{\"name\":\"Notre mur\",\"shared\":true}"),
                new Endpoint("GET", b + "/breakouts", null),
                new Endpoint("PUT", b + "/breakouts/{breakout}", "{\"name\":\"Équipe A\"}"),
                new Endpoint("PUT", b + "/members/{member}/breakout", "{\"group\":\"{breakout}\"}"),
                new Endpoint("PUT", b + "/cards/{card}/breakout", "{\"group\":\"{breakout}\"}"),
                new Endpoint("POST", b + "/breakouts", "{\"groups\":2}"), // after those: it makes new groups
                new Endpoint("DELETE", b + "/breakouts", null),
                new Endpoint("POST", b + "/cards/{card}/images", MULTIPART),
                new Endpoint("GET", b + "/cards/{card}/images/{image}", null),
                new Endpoint("GET", b + "/cards/{card}/images/{image}/thumbnail", null),
                new Endpoint("DELETE", b + "/cards/{card}/images/{image}", null),
                new Endpoint("DELETE", b + "/cards/{card}", null),
                new Endpoint("POST", b + "/vote", "{\"budget\":5,\"maxPerCard\":2,\"hideTotals\":false}"),
                new Endpoint("GET", b + "/vote", null),
                new Endpoint("POST", b + "/cards/{card}/votes", "{\"delta\":1}"),
                new Endpoint("DELETE", b + "/vote", null),
                new Endpoint("GET", b + "/export.json", null),
                new Endpoint("GET", b + "/export.md", null),
                new Endpoint("GET", b + "/export.csv", null),
                new Endpoint("GET", b + "/report.pdf", null),
                new Endpoint("GET", b + "/follow-up.pdf", null),
                new Endpoint("GET", b + "/crowd", null),
                new Endpoint("PUT", b + "/crowd", "{\"on\":true,\"step\":\"write\",\"zone\":\"fails\","
                        + "\"maxChars\":200,\"moderated\":true}"),
                new Endpoint("GET", b + "/crowd/queue", null),
                new Endpoint("POST", b + "/crowd/ideas/{idea}/approve", null),
                new Endpoint("POST", b + "/crowd/ideas/{idea2}/reject", null),
                new Endpoint("POST", b + "/crowd/ideas/{idea3}/merge", "{\"cardId\":\"{card2}\"}"),
                new Endpoint("POST", b + "/invites", "{\"role\":\"observer\",\"expiresInHours\":24}"),
                new Endpoint("GET", b + "/invites", null),
                new Endpoint("DELETE", b + "/invites/{invite}", null),
                new Endpoint("GET", b + "/members", null),
                new Endpoint("PUT", b + "/members/{member}/role", "{\"role\":\"participant\"}"),
                new Endpoint("DELETE", b + "/members/{member}", null),
                new Endpoint("POST", "/api/auth/token", "{\"email\":\"{email}\",\"password\":\"" + People.PASSWORD
                        + "\",\"name\":\"script\"}"));
    }

    @Test
    void theCorpusCoversEveryRestEndpoint() throws Exception {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m + " " + shape(p)))));
        Set<String> covered = corpus().stream().map(e -> e.method() + " " + shape(e.path()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(served).isNotEmpty();
        assertThat(covered).containsAll(served);
    }

    @Test
    void malformedBodiesAreRefusedWithJsonAndChangeNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Endpoint endpoint : corpus()) {
            if (endpoint.body() == null) {
                continue;
            }
            List<String> bodies = new ArrayList<>(BAD_BODIES);
            bodies.addAll(fieldMutations(resolve(endpoint.body())));
            for (String body : bodies) {
                sent++;
                check(endpoint, resolve(endpoint.path()), body, "application/json", failures);
            }
            sent++;
            check(endpoint, resolve(endpoint.path()), resolve(endpoint.body()), "text/plain", failures);
        }
        assertThat(failures).as("%d requests sent", sent).isEmpty();
    }

    @Test
    void badIdsInPathsAreRefusedWithJsonAndChangeNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : corpus()) {
            Matcher placeholders = PLACEHOLDER.matcher(endpoint.path());
            while (placeholders.find()) {
                String name = placeholders.group(1);
                for (String bad : BAD_IDS) {
                    String path = resolve(endpoint.path().replace("{" + name + "}", bad));
                    check(endpoint, path, endpoint.body() == null ? null : resolve(endpoint.body()),
                            "application/json", failures);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Anonymity holds in every answer: no endpoint but the members list names the author of a card or comment. */
    @Test
    void noAnswerNamesAnAuthorOnAnAnonymousBoard() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Endpoint> deletesLast = corpus().stream()
                .sorted(java.util.Comparator.comparing(e -> e.method().equals("DELETE"))).toList();
        for (Endpoint endpoint : deletesLast) {
            if (endpoint.path().endsWith("/members") || endpoint.path().startsWith("/api/auth")) {
                continue;
            }
            ApiClient.Response response = MULTIPART.equals(endpoint.body())
                    ? api.upload(resolve(endpoint.path()), "file", "shot.png", TestImages.png(10, 10), token)
                    : call(endpoint.method(), resolve(endpoint.path()),
                    endpoint.body() == null ? null : resolve(endpoint.body()));
            // the PATCH names version 0, long gone: its 409 carries the card as it is now, filtered all the same
            assertThat(response.status()).as(endpoint + " " + response.body()).isIn(200, 201, 204, 409);
            if (response.body().contains("Secrète")) {
                leaks.add(endpoint + " -> " + response.body());
            }
        }
        assertThat(leaks).isEmpty();
    }

    // --- one request and its checks ---

    private void check(Endpoint endpoint, String path, String body, String contentType, List<String> failures)
            throws Exception {
        if (baseline == null) {
            baseline = state();
        }
        ApiClient.Response response = send(endpoint.method(), path, body, contentType);
        String what = endpoint + " " + abbreviate(path) + " " + abbreviate(body) + " -> " + response.status() + " "
                + abbreviate(response.body());
        if (response.status() >= 500) {
            failures.add("5xx: " + what);
            return;
        }
        if (response.status() < 400) {
            baseline = null; // a value that turned out to be acceptable: the state may change, and that is fine
            return;
        }
        if (!isApiError(response)) {
            failures.add("not the API's JSON error: " + what);
        }
        String after = state();
        if (!after.equals(baseline)) {
            failures.add("changed something: " + what);
            baseline = after;
        }
    }

    /**
     * Tomcat refuses a malformed request line before reading the body and closes the connection: a client still
     * sending its body may see the connection reset instead of the answer. Then the path alone is sent again (the
     * body cannot matter to a request refused for its path).
     */
    private ApiClient.Response send(String method, String path, String body, String contentType) throws Exception {
        if (body == null) {
            return call(method, path, null);
        }
        try {
            return api.send(method, path, body, contentType, token);
        } catch (java.io.IOException reset) {
            return call(method, path, null);
        }
    }

    private static boolean isApiError(ApiClient.Response response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            return false;
        }
        try {
            JsonNode error = response.json();
            return error.path("status").asInt() == response.status() && error.path("error").isString()
                    && error.path("message").isString();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    /** What a rejected request must leave as it was: the board, a card's comments, every collection, the log. */
    private String state() throws Exception {
        String board = ids.get("board");
        // a running countdown's remaining time moves by itself: everything else must stay as it was
        StringBuilder state = new StringBuilder(call("GET", "/api/boards/" + board, null).body()
                .replaceAll("\"remainingMs\":\\d+", ""));
        state.append(call("GET", "/api/boards/" + board + "/cards/" + ids.get("card") + "/comments", null).body());
        for (String collection : List.of("boards", "cards", "comments", "memberships", "invites", "api_tokens",
                "ballots", "guests", "users", "scores", "custom_templates")) {
            state.append(collection).append('=').append(mongo.getCollection(collection).countDocuments());
        }
        return state.append(" seq=").append(events.lastSeq(board)).toString();
    }

    // --- mutations ---

    /** The body with each value (and each list element, at any depth) replaced in turn by each bad value. */
    private static List<String> fieldMutations(String body) {
        List<String> out = new ArrayList<>();
        JsonNode root = JSON.readTree(body);
        for (List<Object> path : paths(root, new ArrayList<>())) {
            for (String bad : BAD_VALUES) {
                JsonNode copy = root.deepCopy();
                replace(copy, path);
                out.add(JSON.writeValueAsString(copy).replace("\"" + HOLE + "\"", bad));
            }
        }
        return out;
    }

    private static List<List<Object>> paths(JsonNode node, List<Object> at) {
        List<List<Object>> out = new ArrayList<>();
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                List<Object> next = new ArrayList<>(at);
                next.add(name);
                out.add(next);
                out.addAll(paths(node.get(name), next));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> first = new ArrayList<>(at);
            first.add(0);
            out.add(first);
            out.addAll(paths(node.get(0), first));
        }
        return out;
    }

    private static void replace(JsonNode root, List<Object> path) {
        JsonNode parent = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof String name ? parent.get(name) : parent.get((Integer) step);
        }
        Object last = path.getLast();
        if (last instanceof String name) {
            ((ObjectNode) parent).put(name, HOLE);
        } else {
            ((ArrayNode) parent).set((Integer) last, JSON.getNodeFactory().stringNode(HOLE));
        }
    }

    // --- helpers ---

    private String resolve(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ids.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    private ApiClient.Response call(String method, String path, String body) throws Exception {
        return api.call(method, path, body, token);
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response.json();
    }

    private static String abbreviate(String text) {
        return text == null ? "∅" : text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }
}
