package app.atelier.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.base.ui.MainLayout;
import app.atelier.board.ui.HomeView;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.People;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

@SpringBootTest
class ApiTokensViewTest {
    @Autowired
    ApplicationContext spring;
    @Autowired
    People people;
    @Autowired
    ApiTokenService tokens;

    private SecuredBrowserlessApplicationContext<Authentication> app;

    @BeforeEach
    void setUp() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, ApiTokensView.class, HomeView.class,
                MainLayout.class);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void aTokenIsShownOnceThenOnlyItsNameAndCanBeRevoked() {
        AtelierUser user = people.account("Ana");
        BrowserlessUIContext window = app.newUser(People.authentication(user)).newWindow();
        ApiTokensView view = window.navigate(ApiTokensView.class);
        // where the API is described (ApiContractTest: Swagger UI is served there to signed-in people)
        assertThat(window.find(Anchor.class).withId("api-documentation").single().getHref())
                .isEqualTo("swagger-ui/index.html");

        window.test(view.name).setValue("Zapier");
        window.test(view.create).click();

        String secret = view.secret.getValue();
        assertThat(secret).startsWith("atl_");
        assertThat(tokens.authenticate(secret)).isPresent();
        assertThat(view.list.getElement().getTextRecursively()).contains("Zapier").doesNotContain(secret);

        window.navigate(HomeView.class);
        ApiTokensView again = window.navigate(ApiTokensView.class);
        assertThat(again.secret.isVisible()).as("never shown again").isFalse();

        window.test(window.find(Button.class).withClassName("token-revoke").first()).click();
        assertThat(tokens.authenticate(secret)).isEmpty();
    }

    @Test
    void pastTheHourlyLimitThePageSaysSoAndCreatesNothing() {
        AtelierUser user = people.account("Zoé");
        BrowserlessUIContext window = app.newUser(People.authentication(user)).newWindow();
        ApiTokensView view = window.navigate(ApiTokensView.class);
        for (int i = 0; i < 10; i++) {
            window.test(view.name).setValue("script " + i);
            window.test(view.create).click();
        }
        String last = view.secret.getValue();

        window.test(view.name).setValue("one too many");
        window.test(view.create).click();

        assertThat(window.test(window.find(Notification.class).single()).getText())
                .startsWith("Too many API tokens created for now.");
        assertThat(view.secret.getValue()).isEqualTo(last);
        assertThat(tokens.list(user)).hasSize(10);
    }

    @Test
    void withoutAnAccountThereIsNoTokenPage() {
        BrowserlessUIContext window = app.newUser().newWindow();
        window.navigate("tokens", com.vaadin.flow.component.Component.class);
        assertThat(window.getCurrentView()).isNotInstanceOf(ApiTokensView.class);
    }
}
