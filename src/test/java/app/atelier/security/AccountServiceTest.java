package app.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.AtelierApplication;
import app.atelier.base.InvalidInputException;
import app.atelier.base.RateLimitedException;
import app.atelier.base.UserText;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class AccountServiceTest {
    @Autowired
    AccountService accounts;
    @Autowired
    RateLimits limits;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anAccountSignsInWithItsPasswordOnly() {
        String email = unique();
        accounts.signUp(email.toUpperCase(), "Léa", "a long enough password");

        assertThat(accounts.authenticate(email, "a long enough password")).map(AtelierUser::displayName).contains("Léa");
        assertThat(accounts.authenticate(email, "a long enough passworD")).isEmpty();
        assertThat(accounts.authenticate("nobody@example.org", "a long enough password")).isEmpty();
    }

    @Test
    void badSignUpsAreRefusedNamingTheField() {
        String email = unique();
        accounts.signUp(email, "Léa", "a long enough password");
        assertField(() -> accounts.signUp(email, "Autre", "another long password"), "email");
        assertField(() -> accounts.signUp("not-an-email", "Léa", "a long enough password"), "email");
        assertField(() -> accounts.signUp(unique(), " ", "a long enough password"), "displayName");
        assertField(() -> accounts.signUp(unique(), "Léa", "short"), "password");
        assertField(() -> accounts.signUp(unique(), "x".repeat(61), "a long enough password"), "displayName");
    }

    @Test
    void manyFailuresFromOneAddressSlowDownEveryAccountTriedFromIt() {
        String address = "192.0.2." + (int) (Math.random() * 250);
        for (int i = 0; i < 50; i++) {
            limits.signInFailed(unique(), address);
        }
        assertThatThrownBy(() -> limits.checkSignIn(unique(), address)).isInstanceOf(RateLimitedException.class);
        limits.checkSignIn(unique(), "192.0.2.254"); // another address is not affected
    }

    @Test
    void userTextLosesControlCharacters() {
        assertThat(UserText.clean("  Bonjour\u0000 à\u0007 tous\r\n\u202Eevil\tok  ")).isEqualTo("Bonjour à tous\nevil\tok");
    }

    @Test
    void signUpCanBeClosedAndTheFirstAdminComesFromConfiguration() {
        String admin = unique();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AtelierApplication.class).run(
                "--server.port=0", "--atelier.data-dir=memory", "--atelier.signup=false",
                "--atelier.admin.email=" + admin, "--atelier.admin.password=the admin password",
                "--spring.main.banner-mode=off")) {
            AccountService closed = app.getBean(AccountService.class);
            assertField(() -> closed.signUp(unique(), "Léa", "a long enough password"), "email");
            assertThat(closed.authenticate(admin, "the admin password")).hasValueSatisfying(
                    user -> assertThat(user.admin()).isTrue());
        }
    }

    @Test
    void failedSignInsOnTheFormAreLoggedAndLeadToBackOff(CapturedOutput output) throws Exception {
        String email = unique();
        MockHttpServletRequest attempt = new MockHttpServletRequest("POST", "/login");
        attempt.setServletPath("/login");
        attempt.setRemoteAddr("203.0.113.9");
        attempt.setParameter("username", email);
        for (int i = 0; i < 10; i++) {
            var auth = UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong");
            auth.setDetails(new WebAuthenticationDetails(attempt));
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(auth, new BadCredentialsException("x")));
        }

        assertThat(output).contains("security event=signin.failed who=" + email);
        assertThatThrownBy(() -> limits.checkSignIn(email, "198.51.100.1")).isInstanceOf(RateLimitedException.class);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new SignInLimitFilter(limits).doFilter(attempt, response, chain);
        assertThat(chain.getRequest()).as("the password is not even checked").isNull();
        assertThat(response.getRedirectedUrl()).startsWith("/login?blocked=");
        assertThat(response.getHeader("Retry-After")).isNotBlank();
    }

    private static String unique() {
        return "user-" + UUID.randomUUID() + "@example.org";
    }

    private static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
