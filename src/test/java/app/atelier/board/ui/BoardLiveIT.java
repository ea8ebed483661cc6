package app.atelier.board.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;
import app.atelier.support.BoardPage;
import app.atelier.support.BrowserSupport;
import app.atelier.support.People;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two people, two browser contexts (two sessions), one board: what only a real browser shows. */
// a real browser: the board comes by push after the answer, as in production
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "atelier.ui.push-after-answer=true")
class BoardLiveIT {
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    BoardService service;
    @Autowired
    AccessService access;
    @Autowired
    People people;
    @Autowired
    CanvasFeeds feeds;

    private BrowserContext anaContext;
    private BrowserContext brunoContext;
    /** Push WebSockets that received a message, and what the browser refused under the page's CSP. */
    private final List<String> workingPushSockets = new CopyOnWriteArrayList<>();
    private final List<String> cspViolations = new CopyOnWriteArrayList<>();
    /** What the pages' card feeds received, and how many feed sockets they opened. */
    private final List<String> feedFrames = new CopyOnWriteArrayList<>();
    private final AtomicInteger feedSockets = new AtomicInteger();
    private Board board;
    private AtelierUser anaUser;
    private Actor ana;

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

    @BeforeEach
    void setUp() {
        anaContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("en-US"));
        brunoContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("fr-FR"));
        for (BrowserContext context : List.of(anaContext, brunoContext)) {
            context.onPage(page -> {
                page.onWebSocket(socket -> {
                    boolean feed = socket.url().contains(CanvasFeeds.PATH);
                    if (feed) {
                        feedSockets.incrementAndGet();
                    }
                    socket.onFrameReceived(frame -> {
                        workingPushSockets.add(socket.url());
                        if (feed) {
                            feedFrames.add(frame.text());
                        }
                    });
                });
                page.onConsoleMessage(message -> {
                    if (message.text().contains("Content Security Policy")) {
                        cspViolations.add(message.text());
                    }
                });
            });
        }
        anaUser = people.account("Ana");
        ana = anaUser.actor();
        board = service.createBoard(ana, "Mur des fails", "mur-des-fails");
    }

    @AfterEach
    void tearDown() {
        anaContext.close();
        brunoContext.close();
    }

    @Test
    void aCardAddedByOnePersonAppearsForTheOtherWithoutReload() {
        BoardPage ana = facilitator();
        BoardPage bruno = guest("Bruno", Role.PARTICIPANT);
        assertThat(bruno.zone("patterns").locator("h3")).hasText("Récurrences");

        String text = "On lance sans tester <img src=x onerror=alert(1)>";
        ana.addCard("patterns", text);

        Card card = service.cards(this.ana, board.getId()).getFirst();
        Locator seenByBruno = bruno.card(card.getId());
        assertThat(seenByBruno).containsText(text);
        assertThat(seenByBruno.locator("img")).hasCount(0);
        assertThat(bruno.zone("patterns").locator("[data-card-id]")).hasCount(1);
        assertThat(bruno.page.locator("#presence .presence-count")).hasText("2 en ligne");
        // both pages got their changes over the push WebSocket, which the CSP's connect-src 'self' allows
        assertThat(workingPushSockets.stream().filter(url -> url.contains("/VAADIN/push")).distinct())
                .hasSizeGreaterThanOrEqualTo(2);
        // the card itself came over the pages' card feed, the same message for both
        assertThat(feedFrames.stream().filter(frame -> frame.contains(card.getId()))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void whenThePagesCardFeedDropsItCatchesUpAndFollowsAgain() {
        BoardPage bruno = guest("Bruno", Role.PARTICIPANT);
        awaitFeed(bruno, 1);

        // a connection cut: the page's script reconnects on its own
        bruno.page.evaluate("document.querySelector('atelier-board').feed.close()");
        Card during = service.addCard(this.ana, board.getId(), NewCard.of("fails", "Pendant la coupure"));
        assertThat(bruno.card(during.getId())).containsText("Pendant la coupure");
        awaitFeed(bruno, 2);

        Card after = service.addCard(this.ana, board.getId(), NewCard.of("fails", "Après la coupure"));
        assertThat(bruno.card(after.getId())).containsText("Après la coupure");
        assertThat(bruno.cards()).hasCount(2);
        assertThat(feedSockets.get()).isEqualTo(2);
        assertThat(feedFrames.stream().filter(frame -> frame.contains(after.getId()))).as("over the new feed")
                .hasSize(1);
    }

    /**
     * Until the page opened that many feed sockets and the server follows the board for the last one. Waits in the
     * page: Playwright tells of new sockets only while it is called.
     */
    private void awaitFeed(BoardPage page, int sockets) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (feedSockets.get() < sockets || feeds.connected() != 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The page's card feed did not connect " + sockets + " times: "
                        + feedSockets.get() + " sockets, " + feeds.connected() + " followed, " + feedFrames);
            }
            page.page.waitForTimeout(50);
        }
    }

    @Test
    void aDraggedCardMovesForEveryoneAndStaysAfterReload() {
        Card card = service.addCard(this.ana, board.getId(), NewCard.of("fails", "Le salon vide"));
        BoardPage ana = facilitator();
        BoardPage bruno = guest("Bruno", Role.OBSERVER);

        BoundingBox from = ana.card(card.getId()).boundingBox();
        BoundingBox target = ana.zone("golden-rules").locator(".body").boundingBox();
        double grabX = from.x + 20;
        double grabY = from.y + 15;
        double dropX = target.x + target.width / 2;
        double dropY = target.y + target.height / 2;
        ana.page.mouse().move(grabX, grabY);
        ana.page.mouse().down();
        ana.page.mouse().move((grabX + dropX) / 2, (grabY + dropY) / 2, new com.microsoft.playwright.Mouse.MoveOptions()
                .setSteps(5));
        ana.page.mouse().move(dropX, dropY, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        ana.page.mouse().up();

        awaitZone(card.getId(), "golden-rules");
        assertThat(bruno.zone("golden-rules").locator("[data-card-id='" + card.getId() + "']")).hasCount(1);
        BoundingBox dropped = ana.card(card.getId()).boundingBox();

        ana.page.reload();
        ana.page.locator("atelier-board section.zone").first().waitFor();
        Locator afterReload = ana.zone("golden-rules").locator("[data-card-id='" + card.getId() + "']");
        assertThat(afterReload).hasCount(1);
        BoundingBox reloaded = afterReload.boundingBox();
        assertThat(Math.abs(reloaded.x - dropped.x)).isLessThan(3.0);
        assertThat(Math.abs(reloaded.y - dropped.y)).isLessThan(3.0);
        assertThat(reloaded.x).isBetween(target.x, target.x + target.width);
    }

    @Test
    void aGuestJoinsByLinkAndAddsACardWhileAnObserverLinkCannot() {
        BoardPage ana = facilitator();
        BoardPage bruno = guest("Bruno", Role.PARTICIPANT);
        bruno.addCard("fails", "Le webinaire sans inscrits");
        assertThat(ana.cards()).containsText(new String[] {"Le webinaire sans inscrits"});

        BrowserContext chloeContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        try {
            String observerLink = access.createInvite(this.ana, board.getId(), Role.OBSERVER, null).url();
            BoardPage chloe = new BoardPage(chloeContext.newPage()).joinByLink(base() + path(observerLink), "Chloé");
            assertThat(chloe.cards()).hasCount(1);
            assertThat(chloe.zone("patterns").locator("button.add")).isHidden();
            chloe.cards().first().click();
            assertThat(chloe.page.locator("#card-cancel")).hasText("Close");
            assertThat(chloe.page.locator("#card-save")).isHidden();
            assertThat(chloe.page.locator("vaadin-text-area#card-text")).hasAttribute("readonly", "");
            chloe.page.locator("#card-cancel").click();
            assertThat(service.cards(this.ana, board.getId())).hasSize(1);

            chloe.page.reload();
            chloe.page.locator("atelier-board section.zone").first().waitFor();
            assertThat(chloe.cards()).hasCount(1); // the same guest after a reload: the cookie holds
        } finally {
            chloeContext.close();
        }
    }

    private BoardPage facilitator() {
        return new BoardPage(anaContext.newPage()).signIn(base(), anaUser.email(), People.PASSWORD)
                .open(base(), board.getId());
    }

    private BoardPage guest(String name, Role role) {
        String link = access.createInvite(ana, board.getId(), role, null).url();
        return new BoardPage(brunoContext.newPage()).joinByLink(base() + path(link), name);
    }

    /** Invite URLs made outside a request are relative; in a request they carry the host. */
    private static String path(String url) {
        return url.substring(url.indexOf("/join/"));
    }

    private void awaitZone(String cardId, String zone) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!service.getCard(ana, board.getId(), cardId).getZone().equals(zone)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The card never reached " + zone);
            }
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
