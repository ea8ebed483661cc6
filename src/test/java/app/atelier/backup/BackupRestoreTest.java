package app.atelier.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.security.AccountService;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiClient;
import app.atelier.support.ApiContract;
import app.atelier.support.Node;
import app.atelier.support.People;
import app.atelier.support.TestImages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A whole installation backed up through the API and restored into another, freshly started one (two real nodes,
 * each with its own store): every board reads the same on both, through every reading the API offers.
 */
class BackupRestoreTest {
    private static final String ADMIN = "admin@atelier.example";
    private static final String PASSWORD = "the administrator's password";

    @Test
    void aWholeInstallationComesBackIdenticalInAnEmptyOne() throws Exception {
        try (Node source = node(); Node fresh = node()) {
            ApiClient a = new ApiClient(source.port());
            String adminA = token(a);
            // a workshop: two boards, a participant's card, fields, a comment, an image, votes, a decision, an
            // action, a custom template, a moment in the history
            String promise = id(a.call("POST", "/api/boards",
                    "{\"title\":\"Promesse 2027\",\"template\":\"brand-promise\"}", adminA));
            String fails = id(a.call("POST", "/api/boards", "{\"title\":\"Mur\",\"template\":\"mur-des-fails\"}",
                    adminA));
            // a client's workspace with its own board
            String client = id(a.call("POST", "/api/workspaces", "{\"name\":\"Client Alpha\"}", adminA));
            String atClient = id(a.call("POST", "/api/boards?workspace=" + client,
                    "{\"title\":\"Chez le client\",\"template\":\"swot\"}", adminA));
            String card = id(a.call("POST", "/api/boards/" + promise + "/cards",
                    "{\"zone\":\"promise\",\"text\":\"« Simple »\",\"color\":\"blue\"}", adminA));
            AtelierUser zoe = participant(source, promise);
            String zoeToken = source.bean(ApiTokenService.class).create(zoe, "zoé").secret();
            String hers = id(a.call("POST", "/api/boards/" + promise + "/cards",
                    "{\"zone\":\"insight\",\"text\":\"Le client veut du temps\"}", zoeToken));
            a.call("POST", "/api/boards/" + promise + "/cards/" + hers + "/comments", "{\"text\":\"Vu\"}", adminA);
            a.upload("/api/boards/" + promise + "/cards/" + card + "/images", "file", "shot.png",
                    TestImages.png(40, 20), adminA);
            a.call("POST", "/api/boards/" + promise + "/vote", "{\"budget\":3}", adminA);
            a.call("POST", "/api/boards/" + promise + "/cards/" + card + "/votes", "{\"delta\":1}", zoeToken);
            a.call("DELETE", "/api/boards/" + promise + "/vote", null, adminA);
            a.call("PUT", "/api/boards/" + promise + "/cards/" + card + "/status", "{\"status\":\"agreed\"}", adminA);
            a.call("POST", "/api/boards/" + promise + "/actions", "{\"cardId\":\"" + card + "\",\"what\":\"Former\","
                    + "\"ownerName\":\"Sam\",\"due\":\"" + LocalDate.now().plusDays(9) + "\"}", adminA);
            a.call("POST", "/api/boards/" + fails + "/cards", "{\"zone\":\"fails\",\"text\":\"Un échec\"}", adminA);
            a.call("POST", "/api/boards/" + fails + "/template", "{\"name\":\"Notre mur\"}", adminA);

            ApiClient.Bytes archive = a.fetch("/api/admin/backup", adminA);
            assertThat(archive.status()).isEqualTo(200);
            assertThat(archive.headers().firstValue("Content-Type")).contains("application/zip");
            List<String> entries = entries(archive.body());
            assertThat(entries).contains("manifest.json", "boards.jsonl", "cards.jsonl", "comments.jsonl",
                    "users.jsonl", "board_events.jsonl", "custom_templates.jsonl", "actions.jsonl")
                    .anyMatch(name -> name.startsWith("fs.")) // the images
                    .doesNotContain("api_tokens.jsonl", "crowd_keys.jsonl", "rate_limits.jsonl");
            assertThat(new String(archive.body(), StandardCharsets.ISO_8859_1)).doesNotContain("passwordHash");

            ApiClient b = new ApiClient(fresh.port());
            String adminB = token(b);
            ApiClient.Response restored = b.postBytes("/api/admin/restore", archive.body(), "application/zip", adminB);
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
            assertThat(restored.json().get("documents").asLong()).isPositive();
            // both answers are as the API's document says (the corpus of ApiContractTest cannot restore: not empty)
            ApiContract contract = ApiContract.served(fresh.port(), fresh.bean(People.class));
            contract.check("POST", "/api/admin/restore", restored);
            contract.check("GET", "/api/admin/backup", new ApiClient.Response(archive.status(), "",
                    archive.headers()));
            assertThat(contract.breaches()).isEmpty();
            assertThat(contract.exercised()).contains("POST /api/admin/restore", "GET /api/admin/backup");

            for (String board : List.of(promise, fails)) {
                for (String reading : List.of("", "/history", "/actions", "/priorities", "/members", "/groups")) {
                    assertThat(read(b, "/api/boards/" + board + reading, adminB)).as(board + reading)
                            .isEqualTo(read(a, "/api/boards/" + board + reading, adminA));
                }
                assertThat(withoutExportTime(read(b, "/api/boards/" + board + "/export.json", adminB)))
                        .isEqualTo(withoutExportTime(read(a, "/api/boards/" + board + "/export.json", adminA)));
            }
            assertThat(read(b, "/api/boards/" + promise + "/cards/" + hers + "/comments", adminB))
                    .isEqualTo(read(a, "/api/boards/" + promise + "/cards/" + hers + "/comments", adminA));
            assertThat(read(b, "/api/templates", adminB)).isEqualTo(read(a, "/api/templates", adminA));
            for (String reading : List.of("/api/workspaces", "/api/workspaces/" + client + "/members",
                    "/api/workspaces/" + client + "/boards", "/api/boards?workspace=" + client,
                    "/api/boards/" + atClient, "/api/boards?workspace=default")) {
                assertThat(read(b, reading, adminB)).as(reading).isEqualTo(read(a, reading, adminA));
            }
            JsonNode image = b.call("GET", "/api/boards/" + promise, null, adminB).json().at("/cards")
                    .valueStream().filter(c -> c.get("id").asString().equals(card)).findFirst().orElseThrow()
                    .at("/images/0");
            String imagePath = "/api/boards/" + promise + "/cards/" + card + "/images/" + image.get("id").asString();
            assertThat(b.fetch(imagePath, adminB).body()).isEqualTo(a.fetch(imagePath, adminA).body());
            // the participant is back, without a password (single sign-on), and still sees the board
            AtelierUser zoeOnB = fresh.bean(AccountService.class).signedOn(zoe.email(), null, false).orElseThrow();
            assertThat(zoeOnB.id()).isEqualTo(zoe.id());
            assertThat(zoeOnB.passwordHash()).isNull();
            String zoeOnBToken = fresh.bean(ApiTokenService.class).create(zoeOnB, "zoé").secret();
            assertThat(read(b, "/api/boards/" + promise, zoeOnBToken)).isEqualTo(read(a, "/api/boards/" + promise,
                    zoeToken));
            // the administrator who restored keeps signing in with this installation's password
            assertThat(fresh.bean(AccountService.class).authenticate(ADMIN, PASSWORD)).isPresent();
        }
    }

    @Test
    void onlyAnAdministratorBacksUpAndOnlyAnEmptyInstallationIsRestored() throws Exception {
        try (Node source = node()) {
            ApiClient api = new ApiClient(source.port());
            String admin = token(api);
            AtelierUser someone = source.bean(AccountService.class).signedOn("someone@atelier.example", "Someone", true)
                    .orElseThrow();
            String theirs = source.bean(ApiTokenService.class).create(someone, "x").secret();
            assertThat(api.fetch("/api/admin/backup", theirs).status()).isEqualTo(403);
            assertThat(api.fetch("/api/admin/backup", null).status()).isEqualTo(401);

            byte[] archive = api.fetch("/api/admin/backup", admin).body();
            assertThat(api.postBytes("/api/admin/restore", archive, "application/zip", theirs).status())
                    .isEqualTo(403);
            api.call("POST", "/api/boards", "{\"title\":\"Déjà là\",\"template\":\"brand-promise\"}", admin);
            ApiClient.Response notEmpty = api.postBytes("/api/admin/restore", archive, "application/zip", admin);
            assertThat(notEmpty.status()).isEqualTo(409);
            assertThat(notEmpty.json().get("error").asString()).isEqualTo("conflict");
            ApiClient.Response garbage = api.postBytes("/api/admin/restore",
                    "not a zip".getBytes(StandardCharsets.UTF_8), "application/zip", admin);
            assertThat(garbage.status()).isIn(400, 409);
        }
    }

    @Test
    void aDamagedArchiveIsRefusedAndChangesNothing() throws Exception {
        try (Node fresh = node()) {
            ApiClient api = new ApiClient(fresh.port());
            String admin = token(api);
            MongoTemplate store = fresh.bean(MongoTemplate.class);
            long users = store.getCollection("users").countDocuments();

            byte[] damaged = zip("manifest.json", "{\"format\": 1}",
                    "boards.jsonl", "{\"_id\": {\"$oid\": \"6b1000000000000000000001\"}, \"title\": \"T\"}\n",
                    "cards.jsonl", "{\"_id\": {\"$oid\": \"6b1000000000000000000002\"}}\n{\"_id\": \n");
            ApiClient.Response refused = api.postBytes("/api/admin/restore", damaged, "application/zip", admin);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(store.getCollection("boards").countDocuments()).isZero();
            assertThat(store.getCollection("cards").countDocuments()).isZero();
            assertThat(store.getCollection("users").countDocuments()).isEqualTo(users);

            byte[] strange = zip("manifest.json", "{\"format\": 1}", "system.users.jsonl", "{}\n");
            assertThat(api.postBytes("/api/admin/restore", strange, "application/zip", admin).status()).isEqualTo(400);
            byte[] newer = zip("manifest.json", "{\"format\": 99}", "boards.jsonl", "");
            ApiClient.Response tooNew = api.postBytes("/api/admin/restore", newer, "application/zip", admin);
            assertThat(tooNew.status()).isEqualTo(400);
            assertThat(tooNew.json().get("message").asString()).contains("newer");
        }
    }

    private static byte[] zip(String... namesAndContents) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (int i = 0; i + 1 < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Node node() {
        return Node.withStore("--atelier.admin.email=" + ADMIN, "--atelier.admin.password=" + PASSWORD,
                "--atelier.rate.card-burst=1000");
    }

    private static String token(ApiClient api) throws Exception {
        ApiClient.Response token = api.call("POST", "/api/auth/token", "{\"email\":\"" + ADMIN + "\",\"password\":\""
                + PASSWORD + "\"}", null);
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token.json().get("token").asString();
    }

    private static AtelierUser participant(Node node, String boardId) {
        AtelierUser zoe = node.bean(AccountService.class).signedOn("zoe@atelier.example", "Zoé", true).orElseThrow();
        var access = node.bean(app.atelier.access.AccessService.class);
        AtelierUser admin = node.bean(AccountService.class).signedOn(ADMIN, null, false).orElseThrow();
        String invite = access.createInvite(admin.actor(), boardId, Role.PARTICIPANT, null).url();
        access.join(invite.substring(invite.lastIndexOf('/') + 1), zoe.actor());
        return zoe;
    }

    /** A reading of the API, without what moves by itself (a countdown's remaining time). */
    private static String read(ApiClient api, String path, String token) throws Exception {
        ApiClient.Response response = api.call("GET", path, null, token);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.body().replaceAll("\"remainingMs\":\\d+", "");
    }

    private static String withoutExportTime(String export) {
        return export.replaceAll("\"exportedAt\" ?: ?\"[^\"]+\"", "");
    }

    private static String id(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
