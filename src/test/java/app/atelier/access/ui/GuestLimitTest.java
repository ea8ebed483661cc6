package app.atelier.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.base.ui.MainLayout;
import app.atelier.board.ui.BoardView;
import app.atelier.board.ui.HomeView;
import app.atelier.security.Actor;
import app.atelier.security.ui.LoginView;
import app.atelier.support.People;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Opening one invite link again and again from fresh browsers (no cookie) makes a new guest each time, each with a
 * fresh card allowance: guests per network address are limited, and the page says why.
 */
@SpringBootTest(properties = "atelier.rate.guests-per-address-per-hour=2")
class GuestLimitTest {
    @Autowired
    ApplicationContext spring;
    @Autowired
    AccessService access;
    @Autowired
    Workshops workshops;

    private SecuredBrowserlessApplicationContext<Authentication> app;

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theSameAddressMakesOnlySoManyGuests() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, HomeView.class, JoinView.class,
                MainLayout.class, LoginView.class);
        Workshop workshop = workshops.start("Ana", "Limites", "mur-des-fails");
        Actor ana = workshop.facilitator();
        String link = People.secretOf(access.createInvite(ana, workshop.id(), Role.PARTICIPANT, null).url());

        assertThat(join(link, "Invité 1").getCurrentView()).isInstanceOf(BoardView.class);
        assertThat(join(link, "Invité 2").getCurrentView()).isInstanceOf(BoardView.class);
        BrowserlessUIContext third = join(link, "Invité 3");

        assertThat(third.getCurrentView()).isInstanceOf(JoinView.class);
        TextField name = third.find(TextField.class).withId("guest-name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("Too many guests");
        assertThat(access.members(ana, workshop.id())).hasSize(3); // Ana and the first two guests
    }

    private BrowserlessUIContext join(String link, String name) {
        BrowserlessUIContext window = app.newUser().newWindow();
        window.navigate("join/" + link, JoinView.class);
        window.test(window.find(TextField.class).withId("guest-name").single()).setValue(name);
        window.test(window.find(Button.class).withId("guest-join").single()).click();
        return window;
    }
}
