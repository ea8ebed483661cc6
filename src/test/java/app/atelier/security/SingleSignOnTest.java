package app.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.base.ui.MainLayout;
import app.atelier.security.ui.LoginView;
import app.atelier.support.AuthorizationServer;
import app.atelier.support.Node;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider (Spring Authorization Server, started here), through the
 * whole authorization-code flow over HTTP as a browser makes it: to the provider, its sign-in form, back to Atelier
 * with a code, which Atelier exchanges for an ID token it verifies with the provider's keys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "atelier.sso.auto-create=true", "atelier.sso.allowed-domains=client.example, Other.Example"})
class SingleSignOnTest {
    private static final int APP_PORT = Node.freePort();
    private static final String APP = "http://localhost:" + APP_PORT;
    private static AuthorizationServer provider;

    @Autowired
    AccountService accounts;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext spring;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        provider = AuthorizationServer.start(APP_PORT, Map.of("alice@client.example", "Alice Martin",
                "bob@elsewhere.example", "Bob Étranger", "carla@elsewhere.example", "Carla Connue",
                "dan@client.example", AuthorizationServer.UNVERIFIED + "Dan Douteux"));
        registry.add("server.port", () -> APP_PORT);
        String registration = "spring.security.oauth2.client.registration.company.";
        registry.add(registration + "client-id", () -> AuthorizationServer.CLIENT_ID);
        registry.add(registration + "client-secret", () -> AuthorizationServer.CLIENT_SECRET);
        registry.add(registration + "client-name", () -> "Client Company");
        registry.add(registration + "scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider.company.issuer-uri", provider::issuer);
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Test
    void someoneFromAnAllowedDomainSignsOnAndGetsAnAccountWithoutAPassword() throws Exception {
        Browser browser = new Browser();

        List<String> visited = browser.signOn("alice@client.example");

        assertThat(visited.getLast()).isEqualTo(APP + "/");
        assertThat(browser.get(APP + "/swagger-ui/index.html").statusCode()).as("signed in").isEqualTo(200);
        AtelierUser alice = accounts.signedOn("alice@client.example", null, false).orElseThrow();
        assertThat(alice.displayName()).isEqualTo("Alice Martin");
        assertThat(alice.passwordHash()).isNull();
        assertThat(accounts.authenticate("alice@client.example", AuthorizationServer.PASSWORD)).isEmpty();

        // a second sign-on is the same account
        new Browser().signOn("alice@client.example");
        assertThat(mongo.count(Query.query(Criteria.where("email").is("alice@client.example")), UserAccount.class))
                .isEqualTo(1);
    }

    @Test
    void someoneFromAnotherDomainWithoutAnAccountIsRefusedAndNothingIsMade() throws Exception {
        Browser browser = new Browser();

        List<String> visited = browser.signOn("bob@elsewhere.example");

        assertThat(visited.getLast()).isEqualTo(APP + "/login?error=sso");
        assertThat(accounts.signedOn("bob@elsewhere.example", null, false)).isEmpty();
        assertThat(browser.get(APP + "/swagger-ui/index.html").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void anEmailTheProviderDoesNotVouchForIsRefusedEvenFromAnAllowedDomain() throws Exception {
        Browser browser = new Browser();

        List<String> visited = browser.signOn("dan@client.example");

        assertThat(visited.getLast()).isEqualTo(APP + "/login?error=sso-unverified");
        assertThat(accounts.signedOn("dan@client.example", null, false)).isEmpty();
        assertThat(browser.get(APP + "/swagger-ui/index.html").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void anExistingAccountWithTheSameEmailIsTheOneSignedIn() throws Exception {
        UserAccount carla = accounts.signUp("carla@elsewhere.example", "Carla", "a local password");
        Browser browser = new Browser();

        List<String> visited = browser.signOn("carla@elsewhere.example");

        assertThat(visited.getLast()).isEqualTo(APP + "/");
        assertThat(browser.get(APP + "/swagger-ui/index.html").statusCode()).as("signed in").isEqualTo(200);
        assertThat(accounts.signedOn("carla@elsewhere.example", null, false).orElseThrow().id())
                .isEqualTo(carla.getId());
        assertThat(accounts.authenticate("carla@elsewhere.example", "a local password")).as("her password still works")
                .isPresent();
    }

    @Test
    void theSignInPageOffersTheProviderAndSaysWhyASignOnWasRefused() {
        try (var app = SpringBrowserlessApplicationContext.createSecured(spring, LoginView.class, MainLayout.class)) {
            BrowserlessUIContext window = app.newUser().newWindow();
            window.navigate(LoginView.class);
            Anchor start = window.find(Anchor.class).withClassName("sso-provider").single();
            assertThat(start.getHref()).isEqualTo("oauth2/authorization/company"); // the flow the tests above follow
            assertThat(start.getText()).contains("Client Company");
            assertThat(window.find(LoginForm.class).single().isVisible()).as("local passwords are on").isTrue();
            assertThat(window.find(Paragraph.class).withId("login-sso-refused").exists()).as("shown only when refused")
                    .isFalse();

            start.getUI().orElseThrow().navigate("login", QueryParameters.of("error", "sso"));
            Paragraph refused = window.find(Paragraph.class).withId("login-sso-refused").single();
            assertThat(refused.getText()).contains("not from an allowed domain");
            start.getUI().orElseThrow().navigate("login", QueryParameters.of("error", "sso-unverified"));
            assertThat(window.find(Paragraph.class).withId("login-sso-refused").single().getText())
                    .contains("did not vouch for your e-mail");
        }
    }

    /** Cookies per host, redirects followed by hand (to see each step), forms posted as a browser does. */
    private static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String url) throws Exception {
            // a browser asks for a page: the provider answers one that wants a sign-in with its sign-in form
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** From Atelier's sign-on link to wherever the flow ends; every address visited, in order. */
        List<String> signOn(String email) throws Exception {
            List<String> visited = new ArrayList<>();
            HttpResponse<String> response = follow(APP + "/oauth2/authorization/company", visited);
            assertThat(visited.getLast()).as("the provider asks who it is").isEqualTo(provider.issuer() + "/login");
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(response.body());
            assertThat(csrf.find()).as(response.body()).isTrue();
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(provider.issuer() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password="
                            + encode(AuthorizationServer.PASSWORD) + "&_csrf=" + encode(csrf.group(1)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            follow(URI.create(provider.issuer() + "/login").resolve(signedIn.headers().firstValue("Location")
                    .orElseThrow()).toString(), visited);
            return visited;
        }

        private HttpResponse<String> follow(String url, List<String> visited) throws Exception {
            String at = url;
            for (int hops = 0; hops < 10; hops++) {
                visited.add(at);
                HttpResponse<String> response = get(at);
                if (response.statusCode() / 100 != 3) {
                    return response;
                }
                at = URI.create(at).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
            }
            throw new AssertionError("too many redirects: " + visited);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
