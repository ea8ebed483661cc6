package app.atelier.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import tools.jackson.databind.JsonNode;

/**
 * The set-up most API tests share: a facilitator with a personal token and a fresh board, created through the real
 * HTTP API. {@link #path()} is the board's URL path; {@link #call} speaks as the facilitator.
 */
public record ApiBoard(ApiClient api, AtelierUser facilitator, String token, String id) {
    public static ApiBoard create(int port, People people, ApiTokenService tokens, String template) throws Exception {
        ApiClient api = new ApiClient(port);
        AtelierUser facilitator = people.account("Fanny");
        String token = tokens.create(facilitator, "tests").secret();
        ApiClient.Response board = api.call("POST", "/api/boards",
                "{\"title\":\"Atelier\",\"template\":\"" + template + "\"}", token);
        assertThat(board.status()).as(board.body()).isEqualTo(201);
        return new ApiBoard(api, facilitator, token, board.json().get("id").asString());
    }

    public String path() {
        return "/api/boards/" + id;
    }

    public ApiClient.Response call(String method, String path, String body) throws Exception {
        return api.call(method, path, body, token);
    }

    /** A card added by the facilitator (or by whoever {@code bearer} belongs to); its id. */
    public String addCard(String zone, String text, String bearer) throws Exception {
        ApiClient.Response card = api.call("POST", path() + "/cards",
                "{\"zone\":\"" + zone + "\",\"text\":\"" + text + "\"}", bearer);
        assertThat(card.status()).as(card.body()).isEqualTo(201);
        return card.json().get("id").asString();
    }

    public String addCard(String zone, String text) throws Exception {
        return addCard(zone, text, token);
    }

    /** The board as the facilitator reads it now. */
    public JsonNode read() throws Exception {
        return call("GET", path(), null).json();
    }
}
