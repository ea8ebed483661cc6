package app.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.base.RateLimitedException;
import app.atelier.support.ApiClient.Response;
import app.atelier.support.ApiClient;
import app.atelier.support.People;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An account's API tokens: at most 20 unrevoked, at most 10 created an hour, through the API as through the UI. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenLimitsTest {
    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ApiTokenRepository stored;

    private ApiClient api;
    private AtelierUser user;
    private String credentials;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        user = people.account("Script");
        credentials = "{\"email\":\"" + user.email() + "\",\"password\":\"" + People.PASSWORD + "\"}";
    }

    @Test
    void tenTokensAnHourThen429AndNothingCreated() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(api.call("POST", "/api/auth/token", credentials, null).status()).isEqualTo(201);
        }
        Response refused = api.call("POST", "/api/auth/token", credentials, null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("error").asString()).isEqualTo("too_many_requests");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(tokens.list(user)).hasSize(10);
        assertThatThrownBy(() -> tokens.create(user, "from the UI")).as("one allowance for the UI and the API")
                .isInstanceOf(RateLimitedException.class);
        assertThat(tokens.list(user)).hasSize(10);
    }

    @Test
    void pastTwentyActiveTokensCreationIsRefusedUntilOneIsRevoked() throws Exception {
        // stored directly: at 10 an hour, the service would take two hours to get there
        for (int i = 0; i < 20; i++) {
            stored.insert(new ApiToken(user.id(), "t" + i, UUID.randomUUID().toString(), Instant.now()));
        }

        Response refused = api.call("POST", "/api/auth/token", credentials, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asString()).isEqualTo("limit_reached");
        assertThat(refused.json().get("message").asString())
                .isEqualTo("You already have 20 active API tokens, the most allowed: revoke one first.");
        assertThat(api.call("POST", "/api/auth/token", credentials, null, "Accept-Language", "fr").json()
                .get("message").asString()).isEqualTo(
                        "Vous avez déjà 20 jetons d’API actifs, le maximum : révoquez-en un d’abord.");
        assertThat(tokens.list(user)).hasSize(20);

        tokens.revoke(user, tokens.list(user).getFirst().getId());
        assertThat(api.call("POST", "/api/auth/token", credentials, null).status()).isEqualTo(201);
        assertThat(tokens.list(user)).hasSize(21).filteredOn(t -> !t.isRevoked()).hasSize(20);
    }
}
