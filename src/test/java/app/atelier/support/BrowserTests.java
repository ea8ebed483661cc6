package app.atelier.support;

import com.microsoft.playwright.Browser;
import app.atelier.security.AtelierUser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the real-browser tests share: the application on a random port (the board coming by push after the answer,
 * as in production) and one Chromium, with a fresh browser context per person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "atelier.ui.push-after-answer=true")
public abstract class BrowserTests {
    private static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.chromium(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }

    /** A new person: their own cookies, an English laptop screen. */
    protected static BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1500, 950).setLocale("en-US"));
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /** The facilitator, signed in on their own browser, on the board. */
    protected BoardPage facilitatorOn(BrowserContext context, AtelierUser facilitator, String boardId) {
        return new BoardPage(context.newPage()).signIn(base(), facilitator.email(), People.PASSWORD)
                .open(base(), boardId);
    }

    /** A guest who joins by an invite link ({@code link}, as the facilitator got it) in their own browser. */
    protected BoardPage guestOn(BrowserContext context, String link, String name) {
        return new BoardPage(context.newPage()).joinByLink(base() + link.substring(link.indexOf("/join/")), name);
    }
}
