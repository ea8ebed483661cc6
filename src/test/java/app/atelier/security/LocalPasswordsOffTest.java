package app.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.base.InvalidInputException;
import app.atelier.base.ui.MainLayout;
import app.atelier.security.ui.LoginView;
import app.atelier.support.ApiClient;
import app.atelier.support.WebSession;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.login.LoginForm;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * {@code atelier.local-passwords=false}: people sign in through single sign-on only. The configured administrator's
 * password, right as it is, opens nothing: not the sign-in form, not a token; nobody signs up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atelier.local-passwords=false", "atelier.admin.email=admin@client.example",
        "atelier.admin.password=the right password"})
class LocalPasswordsOffTest {
    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationContext spring;

    @Test
    void theRightPasswordSignsNobodyInAndNobodySignsUp() throws Exception {
        HttpResponse<String> form = WebSession.anonymous(port).submitSignIn("admin@client.example",
                "the right password");
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .contains("/login?error"));

        ApiClient.Response token = new ApiClient(port).call("POST", "/api/auth/token",
                "{\"email\":\"admin@client.example\",\"password\":\"the right password\"}", null);
        assertThat(token.status()).isEqualTo(401);

        assertThat(accounts.isSignupOpen()).isFalse();
        assertThatThrownBy(() -> accounts.signUp("new@client.example", "New", "a long password"))
                .isInstanceOf(InvalidInputException.class);
        // the administrator exists, for single sign-on with that e-mail
        assertThat(accounts.signedOn("admin@client.example", null, false)).isPresent();
    }

    @Test
    void theSignInPageShowsNoPasswordForm() {
        try (var app = SpringBrowserlessApplicationContext.createSecured(spring, LoginView.class, MainLayout.class)) {
            BrowserlessUIContext window = app.newUser().newWindow();
            window.navigate(LoginView.class);
            assertThat(window.find(LoginForm.class).exists()).isFalse();
        }
    }
}
