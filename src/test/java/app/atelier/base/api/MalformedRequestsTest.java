package app.atelier.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.board.internal.BoardEventBus;
import app.atelier.security.ApiTokenService;
import app.atelier.support.ApiClient;
import app.atelier.support.People;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
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

    private ApiCorpus corpus;
    /** The state every rejected request must leave behind (taken again after an accepted one). */
    private String baseline;

    @BeforeEach
    void setUp() throws Exception {
        corpus = new ApiCorpus(port, people, tokens, crowd, mongo, (method, path, answer) -> { });
    }

    @Test
    void theCorpusCoversEveryRestEndpoint() throws Exception {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m + " " + shape(p)))));
        Set<String> covered = corpus.endpoints().stream().map(e -> e.method() + " " + shape(e.path()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(served).isNotEmpty();
        assertThat(covered).containsAll(served);
    }

    @Test
    void malformedBodiesAreRefusedWithJsonAndChangeNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (ApiCorpus.Endpoint endpoint : corpus.endpoints()) {
            if (endpoint.body() == null) {
                continue;
            }
            List<String> bodies = new ArrayList<>(BAD_BODIES);
            bodies.addAll(fieldMutations(corpus.resolve(endpoint.body())));
            for (String body : bodies) {
                sent++;
                check(endpoint, corpus.resolve(endpoint.path()), body, "application/json", failures);
            }
            sent++;
            check(endpoint, corpus.resolve(endpoint.path()), corpus.resolve(endpoint.body()), "text/plain", failures);
        }
        assertThat(failures).as("%d requests sent", sent).isEmpty();
    }

    @Test
    void badIdsInPathsAreRefusedWithJsonAndChangeNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        for (ApiCorpus.Endpoint endpoint : corpus.endpoints()) {
            Matcher placeholders = ApiCorpus.PLACEHOLDER.matcher(endpoint.path());
            while (placeholders.find()) {
                String name = placeholders.group(1);
                for (String bad : BAD_IDS) {
                    String path = corpus.resolve(endpoint.path().replace("{" + name + "}", bad));
                    check(endpoint, path, endpoint.body() == null ? null : corpus.resolve(endpoint.body()),
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
        List<ApiCorpus.Endpoint> deletesLast = corpus.endpoints().stream()
                .sorted(java.util.Comparator.comparing(e -> e.method().equals("DELETE"))).toList();
        for (ApiCorpus.Endpoint endpoint : deletesLast) {
            if (endpoint.path().endsWith("/members") || endpoint.path().startsWith("/api/auth")) {
                continue;
            }
            ApiClient.Response response = corpus.run(endpoint);
            // the PATCH names version 0, long gone: its 409 carries the card as it is now, filtered all the same
            assertThat(response.status()).as(endpoint + " " + response.body()).isIn(200, 201, 204, 409);
            if (response.body().contains("Secrète")) {
                leaks.add(endpoint + " -> " + response.body());
            }
        }
        assertThat(leaks).isEmpty();
    }

    // --- one request and its checks ---

    private void check(ApiCorpus.Endpoint endpoint, String path, String body, String contentType, List<String> failures)
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
            return corpus.call(method, path, null);
        }
        try {
            return corpus.send(method, path, body, contentType);
        } catch (java.io.IOException reset) {
            return corpus.call(method, path, null);
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
        String board = corpus.ids.get("board");
        // a running countdown's remaining time moves by itself: everything else must stay as it was
        StringBuilder state = new StringBuilder(corpus.call("GET", "/api/boards/" + board, null).body()
                .replaceAll("\"remainingMs\":\\d+", ""));
        state.append(corpus.call("GET", "/api/boards/" + board + "/cards/" + corpus.ids.get("card") + "/comments", null)
                .body());
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

    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    private static String abbreviate(String text) {
        return text == null ? "∅" : text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }
}
