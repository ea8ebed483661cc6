package app.atelier.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.AtelierApplication;
import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.access.ui.JoinView;
import app.atelier.board.ui.BoardCanvas;
import app.atelier.board.ui.BoardView;
import app.atelier.security.AtelierUser;
import app.atelier.support.CanvasProbe.Call;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Several people's board pages without a browser, in one Vaadin application: the facilitator signs in, the others
 * join through invite links as guests, exactly as in the product. Each page's canvas has reported ready and
 * received the board. Close it after each test.
 */
public final class BoardPages implements AutoCloseable {
    private final SecuredBrowserlessApplicationContext<Authentication> app;
    private final AccessService access;
    private final Workshop workshop;

    public BoardPages(ApplicationContext spring, Workshop workshop) {
        // every route of the application: the packages of these classes and below are scanned
        this.app = SpringBrowserlessApplicationContext.createSecured(spring, AtelierApplication.class);
        this.access = spring.getBean(AccessService.class);
        this.workshop = workshop;
    }

    /** A new window of this person, signed in, not yet on any page. */
    public BrowserlessUIContext window(AtelierUser user) {
        return app.newUser(People.authentication(user)).newWindow();
    }

    /** The facilitator, signed in, opens the board. */
    public BrowserlessUIContext facilitator() {
        return open(workshop.account());
    }

    /** This person (a member with an account), signed in, opens the board. */
    public BrowserlessUIContext open(AtelierUser user) {
        BrowserlessUIContext window = window(user);
        window.navigate("boards/" + workshop.id(), BoardView.class);
        return ready(window);
    }

    /** A new browser opens an invite link the facilitator created, gives a name and lands on the board. */
    public BrowserlessUIContext guest(String name, Role role) {
        String url = access.createInvite(workshop.facilitator(), workshop.id(), role, null).url();
        BrowserlessUIContext window = app.newUser().newWindow();
        window.navigate("join/" + People.secretOf(url), JoinView.class);
        window.test(window.find(TextField.class).withId("guest-name").single()).setValue(name);
        window.test(window.find(Button.class).withId("guest-join").single()).click();
        assertThat(window.getCurrentView()).isInstanceOf(BoardView.class);
        return ready(window);
    }

    private static BrowserlessUIContext ready(BrowserlessUIContext window) {
        gesture(window, "ready");
        assertThat(CanvasProbe.sentTo(window.getUI())).extracting(Call::function)
                .containsExactly("setBoard", "setSession");
        return window;
    }

    /** A gesture on this page's canvas, as the browser reports it. */
    public static void gesture(BrowserlessUIContext window, String method, Object... args) {
        window.activate();
        CanvasProbe.gesture(canvas(window), method, args);
    }

    /** What this page's browser was sent since the last look (consumed). */
    public static List<Call> sent(BrowserlessUIContext window) {
        window.activate();
        return CanvasProbe.sentTo(window.getUI());
    }

    public static BoardCanvas canvas(BrowserlessUIContext window) {
        return window.find(BoardCanvas.class).single();
    }

    /** The one component of that type with that id on the page, or null if there is none. */
    public static <T extends Component> T find(BrowserlessUIContext window, Class<T> type, String id) {
        List<T> found = window.find(type).withId(id).all();
        assertThat(found).as("components #" + id).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.getFirst();
    }

    public static void click(BrowserlessUIContext window, String buttonId) {
        window.activate();
        window.test(window.find(Button.class).withId(buttonId).single()).click();
    }

    @Override
    public void close() {
        app.close();
    }
}
