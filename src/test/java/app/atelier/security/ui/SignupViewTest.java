package app.atelier.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.base.ui.MainLayout;
import app.atelier.security.AccountService;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

@SpringBootTest
class SignupViewTest {
    @Autowired
    ApplicationContext spring;
    @Autowired
    AccountService accounts;

    private SecuredBrowserlessApplicationContext<Authentication> app;

    @BeforeEach
    void setUp() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, SignupView.class, MainLayout.class);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void anAccountIsCreatedThenThePersonSignsIn() {
        String email = "new-" + UUID.randomUUID() + "@example.org";
        BrowserlessUIContext window = app.newUser().newWindow();
        SignupView view = window.navigate(SignupView.class);
        window.test(view.email).setValue(email);
        window.test(view.name).setValue("Inès");
        window.test(view.password).setValue("un mot de passe solide");
        window.test(view.create).click();

        assertThat(accounts.authenticate(email, "un mot de passe solide")).isPresent();
        assertThat(window.getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void aShortPasswordIsExplainedAndNoAccountIsMade() {
        String email = "short-" + UUID.randomUUID() + "@example.org";
        BrowserlessUIContext window = app.newUser().newWindow();
        SignupView view = window.navigate(SignupView.class);
        window.test(view.email).setValue(email);
        window.test(view.name).setValue("Inès");
        window.test(view.password).setValue("court");
        window.test(view.create).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("The password needs 10 to 128 characters.");
        assertThat(accounts.authenticate(email, "court")).isEmpty();
    }
}
