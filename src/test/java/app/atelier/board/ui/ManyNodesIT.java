package app.atelier.board.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.security.AtelierUser;
import app.atelier.support.BoardPage;
import app.atelier.support.BrowserSupport;
import app.atelier.support.Node;
import app.atelier.support.People;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;

/** Two real nodes on one store, a real browser page on each: what one writes appears on the other's screen. */
class ManyNodesIT {
    private static final String[] PRODUCTION_LIKE = {"--atelier.ui.push-after-answer=true",
            "--atelier.presence.poll=300ms"};

    @Test
    void aCardWrittenOnOneNodeAppearsOnAPageServedByTheOther() {
        try (Node a = Node.withStore(PRODUCTION_LIKE); Node b = a.another(PRODUCTION_LIKE);
             Playwright playwright = BrowserSupport.playwright()) {
            Browser browser = BrowserSupport.chromium(playwright);
            AtelierUser anaUser = a.bean(People.class).account("Ana");
            Board board = a.bean(BoardService.class).createBoard(anaUser.actor(), "Deux nœuds", "brand-promise");
            String link = a.bean(AccessService.class).createInvite(anaUser.actor(), board.getId(), Role.PARTICIPANT,
                    null).url();
            BrowserContext anaContext = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                    .setViewportSize(1400, 900));
            BrowserContext brunoContext = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                    .setViewportSize(1400, 900));
            String onA = "http://localhost:" + a.port();
            String onB = "http://localhost:" + b.port();

            BoardPage ana = new BoardPage(anaContext.newPage()).signIn(onA, anaUser.email(), People.PASSWORD)
                    .open(onA, board.getId());
            BoardPage bruno = new BoardPage(brunoContext.newPage())
                    .joinByLink(onB + link.substring(link.indexOf("/join/")), "Bruno");

            ana.addCard("promise", "Écrit sur le nœud A");
            assertThat(bruno.zone("promise").locator("[data-card-id]")).containsText("Écrit sur le nœud A");

            bruno.addCard("proofs", "Écrit sur le nœud B");
            assertThat(ana.zone("proofs").locator("[data-card-id]")).containsText("Écrit sur le nœud B");

            assertThat(ana.page.locator("#presence .presence-count")).hasText("2 en ligne");
            assertThat(bruno.page.locator("#presence .presence-count")).hasText("2 en ligne");
            browser.close();
        }
    }
}
