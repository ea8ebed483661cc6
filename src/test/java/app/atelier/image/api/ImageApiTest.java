package app.atelier.image.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.CurrentActor;
import app.atelier.access.Role;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.ApiBoard;
import app.atelier.support.ApiClient;
import app.atelier.support.People;
import app.atelier.support.TestImages;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Images over HTTP: the REST API with a token, and the page path a browser fetches with its cookie. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImageApiTest {
    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    AccessService access;

    private ApiBoard board;
    private String card;

    @BeforeEach
    void setUp() throws Exception {
        board = ApiBoard.create(port, people, tokens, "mur-des-fails");
        card = board.addCard("fails", "la courbe");
    }

    private String images() {
        return board.path() + "/cards/" + card + "/images";
    }

    @Test
    void anUploadAnswers201WithWhereToFetchItAndTheCardListsIt() throws Exception {
        byte[] png = TestImages.png(800, 400);
        ApiClient.Response added = board.api().upload(images(), "file", "courbe.png", png, board.token());

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = added.json().get("id").asString();
        String url = added.json().get("url").asString();
        assertThat(url).isEqualTo(images() + "/" + id);
        assertThat(added.headers().firstValue("Location")).contains(url);
        JsonNode listed = board.call("GET", board.path(), null).json().get("cards").get(0).get("images").get(0);
        assertThat(listed.get("id").asString()).isEqualTo(id);
        assertThat(listed.get("contentType").asString()).isEqualTo("image/png");
        assertThat(listed.get("width").asInt()).isEqualTo(800);

        ApiClient.Bytes full = board.api().fetch(url, board.token());
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.body()).isEqualTo(png);
        assertThat(full.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(full.headers().firstValue("Cache-Control").orElse("")).contains("private").contains("no-cache");
        assertThat(full.headers().firstValue("Vary").orElse("")).contains("Cookie").contains("Authorization");
        String etag = full.headers().firstValue("ETag").orElseThrow();
        assertThat(board.api().fetch(url, board.token(), "If-None-Match", etag).status()).isEqualTo(304);
        ApiClient.Bytes thumbnail = board.api().fetch(listed.get("thumbnailUrl").asString(), board.token());
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth()).isEqualTo(480);

        assertThat(board.call("DELETE", url, null).status()).isEqualTo(204);
        assertThat(board.api().fetch(url, board.token()).status()).isEqualTo(404);
        assertThat(board.call("GET", board.path(), null).json().get("cards").get(0).has("images")).isFalse();
    }

    @Test
    void badFilesGetAClearJsonErrorAndChangeNothing() throws Exception {
        ApiClient.Response text = board.api().upload(images(), "file", "shot.png", "not an image".getBytes(),
                board.token());
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("message").asString()).contains("PNG, JPEG, GIF");
        ApiClient.Response huge = board.api().upload(images(), "file", "big.png", new byte[6 * 1024 * 1024],
                board.token());
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().get("message").asString()).contains("5 MB");
        ApiClient.Response noFile = board.api().upload(images(), "other", "x.png", TestImages.png(5, 5),
                board.token());
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");

        assertThat(board.call("GET", board.path(), null).json().get("cards").get(0).has("images")).isFalse();
    }

    @Test
    void someoneWhoIsNotAMemberGetsNothing() throws Exception {
        String id = board.api().upload(images(), "file", "a.png", TestImages.png(5, 5), board.token()).json()
                .get("id").asString();
        AtelierUser stranger = people.account("Sam");
        String theirs = tokens.create(stranger, "t").secret();

        assertThat(board.api().fetch(images() + "/" + id, theirs).status()).isEqualTo(404);
        assertThat(board.api().upload(images(), "file", "a.png", TestImages.png(5, 5), theirs).status())
                .isEqualTo(404);
        assertThat(board.api().call("DELETE", images() + "/" + id, null, theirs).status()).isEqualTo(404);
    }

    @Test
    void aBrowserFetchesThePageImageWithItsGuestCookieAndOnlyIfItMaySeeTheCard() throws Exception {
        String id = board.api().upload(images(), "file", "a.png", TestImages.png(50, 50), board.token()).json()
                .get("id").asString();
        AccessService.NewGuest guest = access.createGuest("Bruno");
        access.join(People.secretOf(access.createInvite(board.facilitator().actor(), board.id(), Role.PARTICIPANT,
                null).url()), guest.actor());
        AccessService.NewGuest outsider = access.createGuest("Personne");
        String page = "/board-images/" + board.id() + "/" + card + "/" + id;
        String cookie = CurrentActor.GUEST_COOKIE + "=";

        ApiClient.Bytes seen = board.api().fetch(page + "/thumbnail", null, "Cookie", cookie + guest.secret());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.headers().firstValue("Cache-Control").orElse("")).contains("private");
        assertThat(board.api().fetch(page, null, "Cookie", cookie + outsider.secret()).status()).isEqualTo(404);
        assertThat(board.api().fetch(page, null).status()).isEqualTo(404);

        board.call("PUT", board.path() + "/settings", "{\"privateWriting\":true}");
        String hidden = board.api().upload(board.path() + "/cards/" + board.addCard("fails", "privé") + "/images",
                "file", "b.png", TestImages.png(5, 5), board.token()).json().get("url").asString();
        String hiddenPage = hidden.replace("/api/boards/", "/board-images/").replace("/cards/", "/")
                .replace("/images/", "/");
        assertThat(board.api().fetch(hiddenPage, null, "Cookie", cookie + guest.secret()).status())
                .as("private writing holds for images").isEqualTo(404);
    }
}
