package app.atelier.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The facilitator's side of a benchmark: boards, cards and invite links through the REST API. */
final class BenchApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] ZONES = {"audience", "insight", "promise", "proofs", "narrative", "tone",
        "amplifiers"};

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    BenchApi(String base, String email, String password) throws Exception {
        this.base = base;
        this.token = JSON.readTree(post("/api/auth/token", Map.of("email", email, "password", password), false))
                .get("token").asString();
    }

    /** A new board; returns its id. */
    String board(String title, String template) throws Exception {
        return JSON.readTree(post("/api/boards", Map.of("title", title, "template", template), true)).get("id")
                .asString();
    }

    /** Adds {@code count} cards spread over the Brand Promise zones. */
    void cards(String boardId, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            post("/api/boards/" + boardId + "/cards", Map.of("zone", ZONES[i % ZONES.length],
                    "text", "Carte n°" + i + " — quelques mots, des accents (é, à) et « guillemets »",
                    "x", (i % 40) / 40.0, "y", (i / 40 % 40) / 40.0), true);
        }
    }

    /** A participant invite link; returns its path ({@code /join/<secret>}). */
    String invite(String boardId) throws Exception {
        String url = JSON.readTree(post("/api/boards/" + boardId + "/invites", Map.of("role", "participant"), true))
                .get("url").asString();
        return URI.create(url).getPath();
    }

    /** Crowd mode on this board with these settings; returns its join code. */
    String crowd(String boardId, Map<String, Object> settings) throws Exception {
        return JSON.readTree(send("PUT", "/api/boards/" + boardId + "/crowd", settings, true)).get("code").asString();
    }

    /** The facilitator's API token, for the event API. */
    String token() {
        return token;
    }

    private String post(String path, Object body, boolean authorised) throws Exception {
        return send("POST", path, body, authorised);
    }

    private String send(String method, String path, Object body, boolean authorised) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (authorised) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
