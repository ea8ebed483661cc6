package app.atelier.workspace.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiClient;
import app.atelier.support.People;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Two client workspaces side by side, and every person (admin, member, a consultant in both, someone invited to one
 * board only, an outsider) against every workspace command through the real API: allowed ones work, a member who
 * is not an admin is refused (403), anyone outside learns nothing (404), and no list ever names a board or template
 * of another workspace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkspaceIsolationTest {
    private static final String TEMPLATE = "{\"name\":\"%s\",\"shared\":%s,\"zones\":[{\"label\":\"Idées\"}]}";

    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;

    private ApiClient api;
    /** Each person's token, and their role in workspace A and in workspace B (null: not a member). */
    private final Map<String, String> tokenOf = new LinkedHashMap<>();
    private final Map<String, String[]> rolesOf = new LinkedHashMap<>();
    private final Map<String, String> boardOf = new LinkedHashMap<>();
    private final Map<String, String> sharedTemplateOf = new LinkedHashMap<>();
    private String a;
    private String b;
    private String boardA;
    private String privateTemplateA;
    private String consultantId;
    private final Map<String, String> scratch = new LinkedHashMap<>();

    /** A workspace command: what to send, given the workspace and the other one. */
    private record Command(String name, Function<String, String[]> request, int admin, int member, int outside) {
    }

    @BeforeEach
    void twoClients() throws Exception {
        api = new ApiClient(port);
        AtelierUser adminA = person("adminA");
        AtelierUser memberA = person("memberA");
        AtelierUser consultant = person("consultant");
        consultantId = consultant.id();
        AtelierUser memberB = person("memberB");
        AtelierUser invitedToBoardA = person("invitedToBoardA");
        person("outsider");

        a = ok(call("adminA", "POST", "/api/workspaces", "{\"name\":\"Client Alpha\"}")).get("id").asString();
        b = ok(call("consultant", "POST", "/api/workspaces", "{\"name\":\"Client Beta\"}")).get("id").asString();
        ok(call("adminA", "POST", "/api/workspaces/" + a + "/members", member(memberA, "member")));
        ok(call("adminA", "POST", "/api/workspaces/" + a + "/members", member(consultant, "member")));
        ok(call("consultant", "POST", "/api/workspaces/" + b + "/members", member(memberB, "member")));
        rolesOf.put("adminA", new String[] {"admin", null});
        rolesOf.put("memberA", new String[] {"member", null});
        rolesOf.put("consultant", new String[] {"member", "admin"});
        rolesOf.put("memberB", new String[] {null, "member"});
        rolesOf.put("invitedToBoardA", new String[] {null, null});
        rolesOf.put("outsider", new String[] {null, null});

        boardA = ok(call("memberA", "POST", "/api/boards?workspace=" + a, board("Plateforme Alpha"))).get("id")
                .asString();
        boardOf.put(a, boardA);
        boardOf.put(b, ok(call("memberB", "POST", "/api/boards?workspace=" + b, board("Plateforme Beta")))
                .get("id").asString());
        people.join(memberA.actor(), boardA, Role.OBSERVER, consultant.actor());
        people.join(memberA.actor(), boardA, Role.PARTICIPANT, invitedToBoardA.actor());

        sharedTemplateOf.put(a, ok(call("adminA", "POST", "/api/templates?workspace=" + a,
                TEMPLATE.formatted("Modèle Alpha", true))).get("id").asString());
        sharedTemplateOf.put(b, ok(call("consultant", "POST", "/api/templates?workspace=" + b,
                TEMPLATE.formatted("Modèle Beta", true))).get("id").asString());
        privateTemplateA = ok(call("memberA", "POST", "/api/templates?workspace=" + a,
                TEMPLATE.formatted("Brouillon Alpha", false))).get("id").asString();
    }

    @Test
    void everyWorkspaceCommandForEveryPersonInEveryWorkspace() throws Exception {
        List<Command> commands = List.of(
                new Command("GET its boards (home)", w -> req("GET", "/api/boards?workspace=" + w, null),
                        200, 200, 404),
                new Command("POST a board", w -> req("POST", "/api/boards?workspace=" + w, board("Nouveau")),
                        201, 201, 404),
                new Command("POST a board from the other's template", w -> req("POST", "/api/boards?workspace=" + w,
                        "{\"title\":\"Emprunt\",\"template\":\"" + sharedTemplateOf.get(other(w)) + "\"}"),
                        400, 400, 404),
                new Command("GET its templates", w -> req("GET", "/api/templates?workspace=" + w, null),
                        200, 200, 404),
                new Command("GET its shared template", w -> req("GET", "/api/templates/" + sharedTemplateOf.get(w),
                        null), 200, 200, 404),
                new Command("POST a template", w -> req("POST", "/api/templates?workspace=" + w,
                        TEMPLATE.formatted("Encore", true)), 201, 201, 404),
                new Command("GET the workspace", w -> req("GET", "/api/workspaces/" + w, null), 200, 200, 404),
                new Command("PUT current", w -> req("PUT", "/api/workspaces/" + w + "/current", null),
                        200, 200, 404),
                new Command("PATCH its name", w -> req("PATCH", "/api/workspaces/" + w,
                        "{\"name\":\"Renommé\"}"), 200, 403, 404),
                new Command("GET its members", w -> req("GET", "/api/workspaces/" + w + "/members", null),
                        200, 403, 404),
                new Command("POST a member", w -> req("POST", "/api/workspaces/" + w + "/members",
                        member(people.account("Nouvelle"), "member")), 201, 403, 404),
                new Command("POST an invitation", w -> req("POST", "/api/workspaces/" + w + "/invitations",
                        "{\"email\":\"kept-" + System.nanoTime() + "@example.org\",\"role\":\"member\"}"),
                        201, 403, 404),
                new Command("GET its invitations", w -> req("GET", "/api/workspaces/" + w + "/invitations", null),
                        200, 403, 404),
                new Command("GET all its boards", w -> req("GET", "/api/workspaces/" + w + "/boards", null),
                        200, 403, 404),
                new Command("POST join one of its boards", w -> req("POST", "/api/workspaces/" + w + "/boards/"
                        + scratchBoard(w) + "/facilitators", null), 204, 403, 404),
                new Command("POST join the other's board through it", w -> req("POST", "/api/workspaces/" + w
                        + "/boards/" + boardOf.get(other(w)) + "/facilitators", null), 404, 403, 404));

        List<String> mismatches = new ArrayList<>();
        for (Command command : commands) {
            for (String person : tokenOf.keySet()) {
                for (String w : List.of(a, b)) {
                    String role = rolesOf.get(person)[w.equals(a) ? 0 : 1];
                    int expected = role == null ? command.outside() : role.equals("admin") ? command.admin()
                            : command.member();
                    String[] request = command.request().apply(w);
                    ApiClient.Response response = api.call(request[0], request[1], request[2], tokenOf.get(person));
                    if (response.status() != expected) {
                        mismatches.add(person + " in " + (w.equals(a) ? "A" : "B") + " / " + command.name()
                                + ": expected " + expected + ", got " + response.status() + " " + response.body());
                    } else if (response.status() == 200) {
                        nothingFromTheOther(w, request[1], response.json(), mismatches);
                    }
                    if (response.status() >= 400) {
                        assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aBoardIsOpenedByItsMembersOnlyWhateverTheirWorkspace() throws Exception {
        Map<String, Integer> expected = Map.of("adminA", 404, "memberA", 200, "consultant", 200, "memberB", 404,
                "invitedToBoardA", 200, "outsider", 404);
        for (Map.Entry<String, Integer> person : expected.entrySet()) {
            assertThat(status(person.getKey(), "GET", "/api/boards/" + boardA)).as(person.getKey())
                    .isEqualTo(person.getValue());
        }
        // invited to one board is not let into its workspace, and its home lists only its own workspace's boards
        assertThat(ok(call("invitedToBoardA", "GET", "/api/boards", null)).findValuesAsString("id"))
                .doesNotContain(boardA);
        assertThat(ok(call("memberA", "GET", "/api/templates?workspace=" + a, null)).findValuesAsString("id"))
                .contains(privateTemplateA);
        assertThat(ok(call("consultant", "GET", "/api/templates?workspace=" + a, null)).findValuesAsString("id"))
                .contains(sharedTemplateOf.get(a)).doesNotContain(privateTemplateA);

        // leaving the workspace is leaving its boards
        assertThat(call("adminA", "DELETE", "/api/workspaces/" + a + "/members/" + consultantId, null).status())
                .isEqualTo(204);
        assertThat(status("consultant", "GET", "/api/boards/" + boardA)).isEqualTo(404);
        assertThat(status("consultant", "GET", "/api/boards?workspace=" + a)).isEqualTo(404);
        assertThat(status("consultant", "GET", "/api/boards?workspace=" + b)).isEqualTo(200);
    }

    @Test
    void aBoardOnAWorkspacesTemplateImportsIntoThatWorkspaceOnly() throws Exception {
        String onTemplate = ok(call("memberA", "POST", "/api/boards?workspace=" + a, "{\"title\":\"Sur modèle\","
                + "\"template\":\"" + sharedTemplateOf.get(a) + "\"}")).get("id").asString();
        String export = ok(call("memberA", "GET", "/api/boards/" + onTemplate + "/export.json", null)).toString();

        // the consultant belongs to both: the export cannot carry A's template into B
        ApiClient.Response intoB = call("consultant", "POST", "/api/boards/import?workspace=" + b, export);
        assertThat(intoB.status()).as(intoB.body()).isEqualTo(400);
        assertThat(intoB.json().get("field").asString()).isEqualTo("template");
        assertThat(status("memberB", "POST", "/api/boards/import?workspace=" + a)).isEqualTo(404);
        ApiClient.Response intoA = call("consultant", "POST", "/api/boards/import?workspace=" + a, export);
        assertThat(intoA.status()).as(intoA.body()).isEqualTo(201);
        assertThat(ok(call("consultant", "GET", "/api/boards/" + intoA.json().get("id").asString(), null))
                .get("workspace").asString()).isEqualTo(a);
    }

    /** A 200 list of one workspace names nothing (board, template) of the other. */
    private void nothingFromTheOther(String w, String path, JsonNode body, List<String> mismatches) {
        List<String> named = body.findValuesAsString("id");
        String otherBoard = boardOf.get(other(w));
        String otherTemplate = sharedTemplateOf.get(other(w));
        if (named.contains(otherBoard) || named.contains(otherTemplate)) {
            mismatches.add(path + " in " + w + " names something of the other workspace: " + body);
        }
        if (path.endsWith("/boards") && path.startsWith("/api/workspaces/") && !named.contains(boardOf.get(w))) {
            mismatches.add(path + " leaves out a board of its workspace: " + body);
        }
        if (path.startsWith("/api/templates?") && !named.contains(sharedTemplateOf.get(w))) {
            mismatches.add(path + " leaves out the template shared in its workspace: " + body);
        }
    }

    /** A board of the workspace its admin may join (made by one of its members), one per workspace. */
    private String scratchBoard(String w) {
        return scratch.computeIfAbsent(w, key -> {
            try {
                String maker = key.equals(a) ? "memberA" : "memberB";
                return ok(call(maker, "POST", "/api/boards?workspace=" + key, board("À rejoindre"))).get("id")
                        .asString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String other(String w) {
        return w.equals(a) ? b : a;
    }

    private AtelierUser person(String key) {
        AtelierUser user = people.account(key);
        tokenOf.put(key, tokens.create(user, "isolation").secret());
        return user;
    }

    private static String member(AtelierUser user, String role) {
        return "{\"email\":\"" + user.email() + "\",\"role\":\"" + role + "\"}";
    }

    private static String board(String title) {
        return "{\"title\":\"" + title + "\",\"template\":\"swot\"}";
    }

    private static String[] req(String method, String path, String body) {
        return new String[] {method, path, body};
    }

    private ApiClient.Response call(String person, String method, String path, String body) throws Exception {
        return api.call(method, path, body, tokenOf.get(person));
    }

    private int status(String person, String method, String path) throws Exception {
        return call(person, method, path, null).status();
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response.json();
    }
}
