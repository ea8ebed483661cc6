package app.atelier.board.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One person's board page in a real browser. Playwright's CSS reaches into the canvas' open shadow root. */
final class BoardPage {
    final Page page;

    BoardPage(Page page) {
        this.page = page;
    }

    BoardPage open(String baseUrl, String boardId) {
        page.navigate(baseUrl + "/boards/" + boardId);
        page.locator("atelier-board section.zone").first().waitFor();
        return this;
    }

    BoardPage join(String name) {
        page.locator("vaadin-text-field#display-name input").fill(name);
        page.locator("#join-board").click();
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog")
                .filter(new Locator.FilterOptions().setHasText("Display name"))).hasCount(0);
        return this;
    }

    void addCard(String zone, String text) {
        zone(zone).locator("button.add").click();
        page.locator("vaadin-text-area#card-text textarea").fill(text);
        page.locator("#card-save").click();
        assertThat(page.locator("#card-save")).hasCount(0);
    }

    Locator zone(String zone) {
        return page.locator("atelier-board section.zone[data-zone-id='" + zone + "']");
    }

    Locator card(String cardId) {
        return page.locator("atelier-board [data-card-id='" + cardId + "']");
    }

    Locator cards() {
        return page.locator("atelier-board [data-card-id]");
    }
}
