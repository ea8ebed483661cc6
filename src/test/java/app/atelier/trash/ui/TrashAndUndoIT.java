package app.atelier.trash.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.security.AtelierUser;
import app.atelier.support.BoardPage;
import app.atelier.support.BrowserTests;
import app.atelier.support.People;
import com.microsoft.playwright.BrowserContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real browsers: a participant deletes a card and the facilitator sees it vanish; restored from the trash, it is
 * back on both pages; then Ctrl+Z undoes the participant's edit on both pages.
 */
class TrashAndUndoIT extends BrowserTests {
    @Autowired
    BoardService boards;
    @Autowired
    AccessService access;
    @Autowired
    People people;

    @Test
    void aDeletedCardComesBackFromTheTrashForEveryoneAndCtrlZUndoesAnEdit() {
        AtelierUser fanny = people.account("Fanny");
        Board board = boards.createBoard(fanny.actor(), "Mur des fails", "mur-des-fails");
        String link = access.createInvite(fanny.actor(), board.getId(), Role.PARTICIPANT, null).url();
        try (BrowserContext fannyContext = context(); BrowserContext brunoContext = context()) {
            BoardPage facilitator = facilitatorOn(fannyContext, fanny, board.getId());
            BoardPage bruno = guestOn(brunoContext, link, "Bruno");
            bruno.addCard("fails", "Le salon vide");
            assertThat(facilitator.cards()).hasCount(1);
            Card card = boards.cards(fanny.actor(), board.getId()).getFirst();

            bruno.card(card.getId()).click();
            bruno.page.locator("#card-delete").click();
            bruno.page.locator("#card-delete").click(); // "click again to delete"
            assertThat(facilitator.card(card.getId())).hasCount(0);
            assertThat(bruno.card(card.getId())).hasCount(0);

            facilitator.page.locator("#board-trash").click();
            assertThat(facilitator.page.locator("#trash-entries")).containsText("Le salon vide");
            facilitator.page.locator("#trash-restore-" + card.getId()).click();
            assertThat(facilitator.card(card.getId())).containsText("Le salon vide");
            assertThat(bruno.card(card.getId())).containsText("Le salon vide");

            bruno.card(card.getId()).click();
            bruno.page.locator("vaadin-text-area#card-text textarea").fill("Le salon plein");
            bruno.page.locator("#card-save").click();
            assertThat(facilitator.card(card.getId())).containsText("Le salon plein");
            assertThat(bruno.page.locator("#card-save")).hasCount(0);
            bruno.page.evaluate("() => document.activeElement && document.activeElement.blur()");
            bruno.page.keyboard().press("Control+z");
            assertThat(bruno.card(card.getId())).containsText("Le salon vide");
            assertThat(facilitator.card(card.getId())).containsText("Le salon vide");
            bruno.page.keyboard().press("Control+Shift+z");
            assertThat(facilitator.card(card.getId())).containsText("Le salon plein");
        }
    }
}
