package app.atelier.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.security.AtelierUser;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A person signed in to the web app over plain HTTP (the sign-in form, then the session's cookie), no browser. */
public final class WebSession {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    private WebSession(int port) {
        this.port = port;
    }

    /** A new account, signed in through the sign-in form. */
    public static WebSession signIn(int port, People people) throws Exception {
        AtelierUser reader = people.account("Lecteur");
        WebSession session = new WebSession(port);
        HttpResponse<String> login = session.http.send(HttpRequest.newBuilder(session.url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(reader.getUsername()) + "&password="
                        + encode(People.PASSWORD))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .doesNotContain("error"));
        return session;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
