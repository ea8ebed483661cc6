package app.atelier.crowd.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Crowd;
import app.atelier.crowd.CrowdService;
import app.atelier.support.QrReader;
import app.atelier.security.AtelierUser;
import app.atelier.support.BoardPage;
import app.atelier.support.BrowserTests;
import app.atelier.support.People;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real browsers: the wall display's QR code, photographed off the screen, decodes to the join link; a phone (a
 * small touch screen, in French) opens it, joins and sends an idea, which appears on the wall and on the
 * facilitator's board.
 */
class CrowdIT extends BrowserTests {
    @Autowired
    BoardService boards;
    @Autowired
    CrowdService crowd;
    @Autowired
    People people;

    @Test
    void aPhoneJoinsFromTheWallsQrCodeAndItsIdeaReachesTheWallAndTheBoard() throws Exception {
        AtelierUser fanny = people.account("Fanny");
        Board board = boards.createBoard(fanny.actor(), "Soirée citoyenne", "brand-promise");
        crowd.configure(fanny.actor(), board.getId(), new CrowdService.Settings(true, Crowd.Step.WRITE, "promise",
                200, false));
        try (BrowserContext fannyContext = context(); BrowserContext wallContext = context();
             BrowserContext phoneContext = browser.newContext(new Browser.NewContextOptions()
                     .setViewportSize(360, 740).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)
                     .setLocale("fr-FR").setExtraHTTPHeaders(java.util.Map.of("Accept-Language", "fr-FR")))) {
            BoardPage facilitator = facilitatorOn(fannyContext, fanny, board.getId());
            Page wall = new BoardPage(wallContext.newPage()).signIn(base(), fanny.email(), People.PASSWORD).page;
            wall.navigate(base() + "/boards/" + board.getId() + "/wall");
            assertThat(wall.locator("#wall-step")).containsText("Write your idea for");

            // photographed once the browser has decoded and laid out the image
            wall.waitForFunction("() => { const i = document.getElementById('wall-qr');"
                    + " return i && i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().width > 100; }");
            String link = QrReader.scan(() -> {
                byte[] photo = wall.locator("#wall-qr").screenshot();
                java.nio.file.Files.write(java.nio.file.Path.of("target", "crowd-wall-qr.png"), photo); // to look at
                return photo;
            });
            org.assertj.core.api.Assertions.assertThat(link)
                    .isEqualTo(base() + "/crowd/" + boards.getBoard(fanny.actor(), board.getId()).getCrowd().code());

            Page phone = phoneContext.newPage();
            phone.navigate(link);
            phone.locator("#name").fill("Camille");
            phone.locator("#join-button").tap();
            assertThat(phone.locator("#prompt")).containsText("Votre idée pour");
            phone.locator("#idea").fill("Des bancs à l’ombre place du marché");
            assertThat(phone.locator("#chars")).containsText("165 caractères restants");
            phone.locator("#send").tap();
            assertThat(phone.locator("#mine li.on-board")).containsText("Des bancs à l’ombre place du marché");
            assertThat(phone.locator("#mine li.on-board")).containsText("Au mur");

            assertThat(wall.locator("#wall-cards")).containsText("Des bancs à l’ombre place du marché");
            assertThat(wall.locator("#wall-cards")).containsText("Camille");
            assertThat(facilitator.cards()).hasCount(1);
            assertThat(facilitator.cards().first()).containsText("Des bancs à l’ombre place du marché");
        }
    }
}
