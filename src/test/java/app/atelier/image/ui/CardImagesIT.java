package app.atelier.image.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.security.AtelierUser;
import app.atelier.support.BoardPage;
import app.atelier.support.BrowserTests;
import app.atelier.support.People;
import app.atelier.support.TestImages;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real browsers: the facilitator pastes a screenshot into a fail's sheet; a participant who joined by link sees
 * its thumbnail on the card at once, fetched with their own guest cookie.
 */
class CardImagesIT extends BrowserTests {
    /** What a browser does when someone presses Ctrl+V with a screenshot in the clipboard. */
    private static final String PASTE_IMAGE = """
            (base64) => {
              const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
              const transfer = new DataTransfer();
              transfer.items.add(new File([bytes], 'capture.png', { type: 'image/png' }));
              document.activeElement.dispatchEvent(new ClipboardEvent('paste',
                  { clipboardData: transfer, bubbles: true, cancelable: true }));
            }
            """;

    @Autowired
    BoardService boards;
    @Autowired
    AccessService access;
    @Autowired
    People people;

    @Test
    void aScreenshotPastedIntoAFailSheetShowsOnAnotherPersonsBoard() {
        AtelierUser fanny = people.account("Fanny");
        Board board = boards.createBoard(fanny.actor(), "Mur des fails", "mur-des-fails");
        Card fail = boards.addCard(fanny.actor(), board.getId(), NewCard.of("fails", "Le salon vide"));
        String link = access.createInvite(fanny.actor(), board.getId(), Role.PARTICIPANT, null).url();
        try (BrowserContext fannyContext = context(); BrowserContext brunoContext = context()) {
            BoardPage facilitator = facilitatorOn(fannyContext, fanny, board.getId());
            BoardPage bruno = guestOn(brunoContext, link, "Bruno");

            facilitator.card(fail.getId()).click();
            assertThat(facilitator.page.locator("#card-image-upload")).isVisible();
            facilitator.page.locator("vaadin-text-area#card-text textarea").focus();
            facilitator.page.evaluate(PASTE_IMAGE, Base64.getEncoder().encodeToString(TestImages.png(1200, 600)));

            Locator inSheet = facilitator.page.locator("img.card-image");
            assertThat(inSheet).hasCount(1);
            assertThat(facilitator.page.locator("vaadin-text-area#card-text textarea")).hasValue("Le salon vide");
            Locator thumbnail = bruno.card(fail.getId()).locator("img.thumb");
            assertThat(thumbnail).isVisible();
            bruno.page.waitForFunction("(img) => img.complete && img.naturalWidth > 0", thumbnail.elementHandle());
            assertThat((Integer) thumbnail.evaluate("(img) => img.naturalWidth")).isEqualTo(480);
            assertThat(boards.getCard(fanny.actor(), board.getId(), fail.getId()).getImages()).hasSize(1);
        }
    }
}
