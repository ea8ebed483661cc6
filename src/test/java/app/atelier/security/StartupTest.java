package app.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.AtelierApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The configured administrator exists before the server takes its first request, and the readiness probe says
 * when sign-ins can be served.
 */
class StartupTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "the admin password";

    @Test
    void theConfiguredAdministratorSignsInOnTheVeryFirstRequest() throws Exception {
        String admin = "admin-" + UUID.randomUUID() + "@example.org";
        Map<String, Integer> firstAnswers = new ConcurrentHashMap<>();
        // called the moment the server starts taking requests, before the application is "ready"
        ApplicationListener<WebServerInitializedEvent> firstRequests = event -> {
            int port = event.getWebServer().getPort();
            firstAnswers.putIfAbsent("token", signIn(port, admin).statusCode());
            firstAnswers.putIfAbsent("readiness", get(port, "/actuator/health/readiness").statusCode());
        };
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AtelierApplication.class)
                .listeners(firstRequests).run("--server.port=0", "--atelier.data-dir=memory",
                        "--atelier.admin.email=" + admin, "--atelier.admin.password=" + PASSWORD,
                        "--spring.main.banner-mode=off")) {
            assertThat(firstAnswers).containsEntry("token", 201) // the administrator was already there
                    .containsEntry("readiness", 503); // but not ready until the application has started

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(app.getBean(HealthEndpointGroups.class).get("readiness").isMember("signIn")).isTrue();
            assertProbe(port, "/actuator/health/readiness", 200, "UP");
            assertProbe(port, "/actuator/health/liveness", 200, "UP");
            for (String hidden : new String[] {"/actuator", "/actuator/health", "/actuator/env", "/actuator/beans",
                    "/actuator/health/readiness/signIn"}) {
                assertThat(get(port, hidden).statusCode()).as(hidden).isEqualTo(404);
            }

            // without the administrator, sign-ins cannot be served: not ready (but alive)
            UserAccountRepository accounts = app.getBean(UserAccountRepository.class);
            accounts.delete(accounts.findByEmail(admin).orElseThrow());
            assertProbe(port, "/actuator/health/readiness", 503, "DOWN");
            assertProbe(port, "/actuator/health/liveness", 200, "UP");
            app.getBean(AccountService.class).createConfiguredAdmin();
            assertProbe(port, "/actuator/health/readiness", 200, "UP");
        }
    }

    /** A probe's answer: its status and nothing else (no components, no details for anonymous callers). */
    private static void assertProbe(int port, String path, int status, String health) {
        HttpResponse<String> response = get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.body()).as(path).isEqualTo("{\"status\":\"" + health + "\"}");
        assertThat(response.headers().allValues("Set-Cookie")).as(path + " creates no session").isEmpty();
    }

    private static HttpResponse<String> signIn(int port, String email) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                        + "\"}")));
    }

    private static HttpResponse<String> get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
