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
        WebSession session = anonymous(port);
        HttpResponse<String> login = session.submitSignIn(reader.getUsername(), People.PASSWORD);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .doesNotContain("error"));
        return session;
    }

    /** A browser that has not signed in. */
    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** The sign-in form, posted as the page posts it; the answer is a redirect (to {@code ?error} on a refusal). */
    public HttpResponse<String> submitSignIn(String email, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password="
                        + encode(password))).build(), HttpResponse.BodyHandlers.ofString());
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
