package app.atelier.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiClient;
import app.atelier.support.People;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every API command for every role, by HTTP status: allowed ones work, denied ones are 403, strangers get 404. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiRoleMatrixTest {
    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    AccessService access;

    private ApiClient api;
    private AtelierUser facilitator;
    private String boardId;
    private final Map<String, AtelierUser> users = new LinkedHashMap<>();
    private final Map<String, String> tokenOf = new LinkedHashMap<>();

    /** A command: the request to send for a given person, and the expected status per role. */
    private record Command(String name, java.util.function.Function<String, String[]> request, int... expected) {
    }

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(port);
        facilitator = people.account("Fanny");
        boardId = api.call("POST", "/api/boards", "{\"title\":\"Matrice API\",\"template\":\"brand-promise\"}",
                token(facilitator)).json().get("id").asString();
        users.put("facilitator", facilitator);
        users.put("participant", people.member(facilitator.actor(), boardId, Role.PARTICIPANT, "Paul"));
        users.put("observer", people.member(facilitator.actor(), boardId, Role.OBSERVER, "Olga"));
        users.put("stranger", people.account("Sam"));
        users.forEach((role, user) -> tokenOf.put(role, token(user)));
    }

    @Test
    void everyApiCommandForEveryRole() throws Exception {
        String b = "/api/boards/" + boardId;
        List<Command> commands = List.of(
                new Command("GET board", who -> req("GET", b, null), 200, 200, 200, 404),
                new Command("POST card", who -> req("POST", b + "/cards", "{\"zone\":\"promise\",\"text\":\"x\"}"),
                        201, 201, 403, 404),
                new Command("PATCH own card", who -> req("PATCH", b + "/cards/" + ownCard(who), "{\"text\":\"y\"}"),
                        200, 200, 403, 404),
                new Command("PATCH another's card", who -> req("PATCH", b + "/cards/" + othersCard(),
                        "{\"text\":\"y\"}"), 200, 403, 403, 404),
                new Command("DELETE another's card", who -> req("DELETE", b + "/cards/" + othersCard(), null),
                        204, 403, 403, 404),
                new Command("POST invite", who -> req("POST", b + "/invites", "{\"role\":\"observer\"}"),
                        201, 403, 403, 404),
                new Command("GET invites", who -> req("GET", b + "/invites", null), 200, 403, 403, 404),
                new Command("DELETE invite", who -> req("DELETE", b + "/invites/" + invite(), null),
                        204, 403, 403, 404),
                new Command("GET members", who -> req("GET", b + "/members", null), 200, 200, 200, 404),
                new Command("PUT member role", who -> req("PUT", b + "/members/" + newMember() + "/role",
                        "{\"role\":\"observer\"}"), 204, 403, 403, 404),
                new Command("DELETE member", who -> req("DELETE", b + "/members/" + newMember(), null),
                        204, 403, 403, 404),
                new Command("PUT phase", who -> req("PUT", b + "/phase", "{\"phase\":\"write\"}"),
                        200, 403, 403, 404),
                new Command("PUT board lock", who -> req("PUT", b + "/lock", "{\"locked\":false}"),
                        200, 403, 403, 404),
                new Command("PUT zone lock", who -> req("PUT", b + "/zones/proofs/lock", "{\"locked\":false}"),
                        200, 403, 403, 404),
                new Command("PUT card lock", who -> req("PUT", b + "/cards/" + othersCard() + "/lock",
                        "{\"locked\":false}"), 200, 403, 403, 404),
                new Command("POST vote (open)", who -> req("POST", b + "/vote", "{\"budget\":50}"),
                        200, 403, 403, 404),
                new Command("POST dot", who -> req("POST", b + "/cards/" + othersCard() + "/votes",
                        "{\"delta\":1}"), 200, 200, 403, 404),
                new Command("GET vote", who -> req("GET", b + "/vote", null), 200, 200, 200, 404),
                new Command("DELETE vote (close)", who -> req("DELETE", b + "/vote", null), 200, 403, 403, 404),
                new Command("GET priorities", who -> req("GET", b + "/priorities", null), 200, 200, 200, 404),
                new Command("PUT priorities", who -> req("PUT", b + "/priorities",
                        "{\"order\":[\"" + othersCard() + "\"]}"), 200, 403, 403, 404),
                new Command("PUT card status", who -> req("PUT", b + "/cards/" + othersCard() + "/status",
                        "{\"status\":\"agreed\"}"), 200, 403, 403, 404),
                new Command("PUT settings", who -> req("PUT", b + "/settings", "{\"anonymous\":false}"),
                        200, 403, 403, 404),
                new Command("PUT timer", who -> req("PUT", b + "/timer", "{\"action\":\"reset\",\"seconds\":60}"),
                        200, 403, 403, 404),
                new Command("PUT spotlight", who -> req("PUT", b + "/spotlight",
                        "{\"cardId\":\"" + othersCard() + "\"}"), 200, 403, 403, 404),
                new Command("POST present/next", who -> req("POST", b + "/present/next", "{\"zone\":\"promise\"}"),
                        200, 403, 403, 404),
                new Command("POST comment", who -> req("POST", b + "/cards/" + othersCard() + "/comments",
                        "{\"text\":\"avis\"}"), 201, 201, 403, 404),
                new Command("GET comments", who -> req("GET", b + "/cards/" + othersCard() + "/comments", null),
                        200, 200, 200, 404),
                new Command("PUT group", who -> req("PUT", b + "/cards/" + othersCard() + "/group",
                        "{\"group\":\"Motif\"}"), 200, 403, 403, 404),
                new Command("PUT evidence", who -> req("PUT", b + "/cards/" + othersCard() + "/evidence",
                        "{\"cardIds\":[\"" + othersCard() + "\"]}"), 200, 403, 403, 404),
                new Command("GET groups", who -> req("GET", b + "/groups", null), 200, 200, 200, 404),
                new Command("GET export.json", who -> req("GET", b + "/export.json", null), 200, 403, 200, 404),
                new Command("GET export.md", who -> req("GET", b + "/export.md", null), 200, 403, 200, 404),
                new Command("GET export.csv", who -> req("GET", b + "/export.csv", null), 200, 403, 200, 404),
                new Command("GET report.pdf", who -> req("GET", b + "/report.pdf", null), 200, 403, 200, 404));

        List<String> mismatches = new ArrayList<>();
        for (Command command : commands) {
            int i = 0;
            for (String role : tokenOf.keySet()) {
                String[] request = command.request().apply(role);
                ApiClient.Response response = api.call(request[0], request[1], request[2], tokenOf.get(role));
                if (response.status() != command.expected()[i]) {
                    mismatches.add(role + " / " + command.name() + ": expected " + command.expected()[i] + ", got "
                            + response.status() + " " + response.body());
                }
                if (response.status() >= 400) {
                    assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
                }
                i++;
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static String[] req(String method, String path, String body) {
        return new String[] {method, path, body};
    }

    private String ownCard(String role) {
        AtelierUser author = role.equals("participant") || role.equals("facilitator") ? users.get(role) : facilitator;
        return post(author, "{\"zone\":\"promise\",\"text\":\"own\"}");
    }

    private String othersCard() {
        return post(facilitator, "{\"zone\":\"promise\",\"text\":\"Fanny's\"}");
    }

    private String invite() {
        return access.createInvite(facilitator.actor(), boardId, Role.PARTICIPANT, null).invite().getId();
    }

    private String newMember() {
        return people.guest(facilitator.actor(), boardId, Role.PARTICIPANT, "Nouveau").id();
    }

    private String post(AtelierUser author, String body) {
        try {
            return api.call("POST", "/api/boards/" + boardId + "/cards", body, tokenOf.get(roleOf(author)))
                    .json().get("id").asString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String roleOf(AtelierUser user) {
        return users.entrySet().stream().filter(e -> e.getValue() == user).findFirst().orElseThrow().getKey();
    }

    private String token(AtelierUser user) {
        return tokens.create(user, "matrix").secret();
    }
}
