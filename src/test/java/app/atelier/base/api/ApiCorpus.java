package app.atelier.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.crowd.CrowdService;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiBoard;
import app.atelier.support.ApiClient;
import app.atelier.support.People;
import app.atelier.support.TestImages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * Every REST endpoint with a body it accepts ({@link #endpoints()}), on fixtures made through the real API: a
 * Mur des Fails board (anonymous, with a participant's card, comment, image, invite, breakouts, an agreed card with
 * an action, trashed cards, crowd ideas waiting), a hackathon board, a time capsule and a custom template. Paths and
 * bodies name fixtures as {@code {placeholders}}. Every answer, the fixtures' included, is shown to {@link Answers}.
 */
final class ApiCorpus {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+)}");
    /** The body of an image upload: a file in a multipart form, which every JSON body here is not. */
    static final String MULTIPART = "{\"file\":\"multipart only\"}";

    /** One endpoint: method, path with placeholders, and a body it accepts (null: it reads none). */
    record Endpoint(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Who hears every answer (the contract test checks each against the OpenAPI document). */
    interface Answers {
        void heard(String method, String path, ApiClient.Response response);
    }

    final Map<String, String> ids = new LinkedHashMap<>();
    private final Answers answers;
    private final ApiClient api;
    private final String token;

    ApiCorpus(int port, People people, ApiTokenService tokens, CrowdService crowd, MongoTemplate mongo,
              Answers answers) throws Exception {
        this.answers = answers;

        ApiBoard fixture = ApiBoard.create(port, people, tokens, "mur-des-fails");
        this.api = fixture.api();
        this.token = fixture.token();
        String b = fixture.path();
        AtelierUser facilitator = fixture.facilitator();
        mongo.updateFirst(Query.query(Criteria.where("email").is(facilitator.email())), Update.update("admin", true),
                "users"); // for the installation's own endpoints (backup, restore)
        AtelierUser author = people.member(facilitator.actor(), fixture.id(), Role.PARTICIPANT, "Zoé Secrète");
        String authorToken = tokens.create(author, "author").secret();
        String card = ok(call("POST", b + "/cards", "{\"zone\":\"fails\",\"text\":\"Un échec\","
                + "\"fields\":{\"context\":\"Q3\"}}", authorToken)).get("id").asString();
        String comment = ok(call("POST", b + "/cards/" + card + "/comments", "{\"text\":\"Vu\"}", authorToken))
                .get("id").asString();
        String invite = ok(call("POST", b + "/invites", "{\"role\":\"observer\"}")).get("id").asString();
        String member = people.member(facilitator.actor(), fixture.id(), Role.OBSERVER, "Olga").id();
        String image = ok(upload(b + "/cards/" + card + "/images", "file", "shot.png", TestImages.png(40, 20),
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
        // a client's workspace the facilitator administers, with a colleague's board in it; then back to the default
        String workspace = ok(call("POST", "/api/workspaces", "{\"name\":\"Client Alpha\"}")).get("id").asString();
        AtelierUser colleague = people.account("Colin");
        ok(call("POST", "/api/workspaces/" + workspace + "/members", "{\"email\":\"" + colleague.email()
                + "\",\"role\":\"member\"}"));
        String colleagueToken = tokens.create(colleague, "colleague").secret();
        ids.put("wsboard", ok(call("POST", "/api/boards?workspace=" + workspace,
                "{\"title\":\"Chez le client\",\"template\":\"swot\"}", colleagueToken)).get("id").asString());
        ok(call("PUT", "/api/workspaces/default/current", null));
        ids.putAll(Map.of("workspace", workspace, "wsmember", colleague.id(),
                "newcomer", people.account("Nadia").email(),
                "pending", "pending-" + UUID.randomUUID() + "@example.org"));
    }

    List<Endpoint> endpoints() throws Exception {
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
                new Endpoint("GET", "/api/workspaces", null),
                new Endpoint("GET", "/api/workspaces/{workspace}", null),
                new Endpoint("PATCH", "/api/workspaces/{workspace}", "{\"name\":\"Client Alpha SA\"}"),
                new Endpoint("GET", "/api/workspaces/{workspace}/members", null),
                new Endpoint("POST", "/api/workspaces/{workspace}/members", "{\"email\":\"{newcomer}\","
                        + "\"role\":\"member\"}"),
                new Endpoint("PUT", "/api/workspaces/{workspace}/members/{wsmember}/role", "{\"role\":\"admin\"}"),
                new Endpoint("POST", "/api/workspaces/{workspace}/invitations", "{\"email\":\"{pending}\","
                        + "\"role\":\"member\"}"),
                new Endpoint("GET", "/api/workspaces/{workspace}/invitations", null),
                new Endpoint("DELETE", "/api/workspaces/{workspace}/invitations/{pending}", null),
                new Endpoint("GET", "/api/workspaces/{workspace}/boards", null),
                new Endpoint("POST", "/api/workspaces/{workspace}/boards/{wsboard}/facilitators", null),
                new Endpoint("DELETE", "/api/workspaces/{workspace}/members/{wsmember}", null),
                new Endpoint("PUT", "/api/workspaces/{workspace}/current", null),
                new Endpoint("POST", "/api/workspaces", "{\"name\":\"Client Beta\"}"),
                // the corpus' facilitator administers the installation too: a restore needs an empty one (409 here)
                new Endpoint("GET", "/api/admin/backup", null),
                new Endpoint("POST", "/api/admin/restore", null),
                new Endpoint("POST", "/api/auth/token", "{\"email\":\"{email}\",\"password\":\"" + People.PASSWORD
                        + "\",\"name\":\"script\"}"));
    }

    /** The facilitator's API token. */
    String token() {
        return token;
    }

    /** Sends an endpoint with its own body (an image for the upload) as the facilitator. */
    ApiClient.Response run(Endpoint endpoint) throws Exception {
        return MULTIPART.equals(endpoint.body())
                ? upload(resolve(endpoint.path()), "file", "shot.png", TestImages.png(10, 10), token)
                : call(endpoint.method(), resolve(endpoint.path()), endpoint.body() == null ? null
                : resolve(endpoint.body()));
    }

    ApiClient.Response call(String method, String path, String body) throws Exception {
        return call(method, path, body, token);
    }

    ApiClient.Response call(String method, String path, String body, String bearer) throws Exception {
        return heard(method, path, api.call(method, path, body, bearer));
    }

    /** A request with another content type, as the facilitator (not shown to {@link Answers}: its body is odd). */
    ApiClient.Response send(String method, String path, String body, String contentType) throws Exception {
        return api.send(method, path, body, contentType, token);
    }

    private ApiClient.Response upload(String path, String field, String name, byte[] bytes, String bearer)
            throws Exception {
        return heard("POST", path, api.upload(path, field, name, bytes, bearer));
    }

    private ApiClient.Response heard(String method, String path, ApiClient.Response response) {
        answers.heard(method, path, response);
        return response;
    }

    String resolve(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ids.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response.json();
    }
}
