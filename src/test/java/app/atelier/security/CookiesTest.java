package app.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.CurrentActor;
import app.atelier.access.Role;
import app.atelier.board.BoardService;
import app.atelier.support.People;
import app.atelier.support.VaadinClient;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cookies Atelier sets (the session's and a guest's): HttpOnly, SameSite=Lax, Secure when the request came over
 * HTTPS (here through a proxy's {@code X-Forwarded-Proto}); and a session id never travels in a URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class CookiesTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;
    @Autowired
    People people;
    @Autowired
    BoardService boards;
    @Autowired
    AccessService access;

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureOverHttps() throws Exception {
        assertThat(attributes(cookie(get("/login").headers().allValues("Set-Cookie"), "JSESSIONID")))
                .contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(attributes(cookie(get("/login", "X-Forwarded-Proto", "https").headers().allValues("Set-Cookie"),
                "JSESSIONID"))).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    @Test
    void sessionIdsNeverGoIntoUrls() throws Exception {
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
        HttpResponse<String> signIn = get("/"); // no cookie: the first visit
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
        for (String page : new String[] {"/login", "/signup", "/join/unknown"}) {
            HttpResponse<String> response = get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).doesNotContainIgnoringCase("jsessionid");
        }
    }

    @Test
    void theGuestCookieIsHttpOnlyLaxAndSecureOverHttps() throws Exception {
        AtelierUser ana = people.account("Ana");
        String boardId = boards.createBoard(ana.actor(), "Cookies", "brand-promise").getId();
        String link = access.createInvite(ana.actor(), boardId, Role.PARTICIPANT, null).url();
        String join = link.substring(link.indexOf("/join/"));

        assertThat(attributes(guestCookie(join))).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(attributes(guestCookie(join, "X-Forwarded-Proto", "https")))
                .contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    /** Joins through the link like a person (a real Vaadin UI on the server) and returns the guest cookie set. */
    private String guestCookie(String joinPath, String... headers) throws Exception {
        VaadinClient page = new VaadinClient(http, "http://localhost:" + port, (client, uidl, at) -> {
        }, headers);
        try {
            page.open(joinPath);
            var name = page.type("guest-name", "Gaspard");
            page.rpc(name[0], name[1], page.click("guest-join"));
            return cookie(page.setCookies(), CurrentActor.GUEST_COOKIE);
        } finally {
            page.close();
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(List<String> setCookies, String name) {
        return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + setCookies));
    }

    private static List<String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(String::strip).toList();
    }
}
