package app.atelier.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.board.ui.HomeView;
import app.atelier.security.ui.LoginView;
import app.atelier.support.People;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import org.springframework.security.core.Authentication;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The visible language switch: French and English, kept for the browser session. */
@SpringBootTest
class MainLayoutTest {
    @Autowired
    ApplicationContext spring;

    @Autowired
    People people;

    private SecuredBrowserlessApplicationContext<Authentication> app;
    private Authentication ana;

    @BeforeEach
    void setUp() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, HomeView.class, MainLayout.class,
                LoginView.class);
        ana = People.authentication(people.account("Ana"));
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void switchingToFrenchRedrawsEveryTextInFrench() {
        BrowserlessUIContext window = app.newUser(ana).newWindow();
        window.navigate(HomeView.class);
        MainLayout layout = window.find(MainLayout.class).single();
        assertThat(window.find(H2.class).all()).extracting(H2::getText).contains("New board");

        window.test(layout.language).selectItem("Français");

        assertThat(window.getUI().getSession().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(window.getUI().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(window.getUI().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getExpression()).contains("reload"));

        // After the reload the page is drawn again, in French.
        window.navigate("tokens", com.vaadin.flow.component.Component.class);
        window.navigate(HomeView.class);
        assertThat(window.find(H2.class).all()).extracting(H2::getText).contains("Nouveau tableau", "Tableaux");
    }

    @Test
    void theHeaderShowsWhoIsSignedIn() {
        BrowserlessUIContext window = app.newUser(ana).newWindow();
        window.navigate(HomeView.class);
        assertThat(window.find(com.vaadin.flow.component.html.Span.class).withId("account-name").single().getText())
                .isEqualTo("Ana");
        assertThat(window.find(com.vaadin.flow.component.button.Button.class).withId("sign-out").all()).hasSize(1);
    }

    @Test
    void theSwitchOffersBothLanguagesByTheirOwnNames() {
        BrowserlessUIContext window = app.newUser(ana).newWindow();
        window.navigate(HomeView.class);
        MainLayout layout = window.find(MainLayout.class).single();
        assertThat(layout.language.getListDataView().getItems()
                .map(layout.language.getItemLabelGenerator()::apply).toList())
                .containsExactly("English", "Français");
    }
}
