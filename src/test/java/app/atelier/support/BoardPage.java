package app.atelier.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One person's board page in a real browser. Playwright's CSS reaches into the canvas' open shadow root. */
public final class BoardPage {
    public final Page page;

    public BoardPage(Page page) {
        this.page = page;
    }

    public BoardPage open(String baseUrl, String boardId) {
        page.navigate(baseUrl + "/boards/" + boardId);
        page.locator("atelier-board section.zone").first().waitFor();
        return this;
    }

    /** Signs in through the sign-in page, as a facilitator does. */
    public BoardPage signIn(String baseUrl, String email, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("#vaadinLoginUsername input").fill(email);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return this;
    }

    /** Opens an invite link in a browser without an account and joins with a display name. */
    public BoardPage joinByLink(String inviteUrl, String name) {
        page.navigate(inviteUrl);
        page.locator("vaadin-text-field#guest-name input").fill(name);
        page.locator("#guest-join").click();
        page.locator("atelier-board section.zone").first().waitFor();
        return this;
    }

    public void addCard(String zone, String text) {
        zone(zone).locator("button.add").click();
        page.locator("vaadin-text-area#card-text textarea").fill(text);
        page.locator("#card-save").click();
        assertThat(page.locator("#card-save")).hasCount(0);
    }

    public Locator zone(String zone) {
        return page.locator("atelier-board section.zone[data-zone-id='" + zone + "']");
    }

    public Locator card(String cardId) {
        return page.locator("atelier-board [data-card-id='" + cardId + "']");
    }

    public Locator cards() {
        return page.locator("atelier-board [data-card-id]");
    }
}
