package app.atelier.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Crowd;
import app.atelier.board.NewCard;
import app.atelier.crowd.CrowdService;
import app.atelier.security.AtelierUser;
import app.atelier.support.BoardPage;
import app.atelier.support.BrowserTests;
import app.atelier.support.People;
import app.atelier.workspace.WorkspaceService;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every main page, in Chromium: no serious or critical
 * violation anywhere.
 */
class AccessibilityIT extends BrowserTests {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Autowired
    People people;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    BoardService boards;
    @Autowired
    AccessService access;
    @Autowired
    CrowdService crowd;

    @Test
    void everyMainPageHasNoSeriousOrCriticalViolation() {
        AtelierUser fanny = people.account("Fanny");
        workspaces.create(fanny.actor(), "Agence Fanny"); // she administers it: its page shows everything
        Board board = boards.createBoard(fanny.actor(), "Promesse 2027", "brand-promise");
        boards.addCard(fanny.actor(), board.getId(), NewCard.of("promise", "Simple et honnête"));
        String link = access.createInvite(fanny.actor(), board.getId(), Role.PARTICIPANT, null).url();
        List<String> violations = new ArrayList<>();
        try (BrowserContext anonymous = context(); BrowserContext signedIn = context()) {
            Page visitor = anonymous.newPage();
            check(visitor, base() + "/login", "#vaadinLoginUsername", violations);
            check(visitor, base() + "/signup", "vaadin-text-field", violations);
            check(visitor, base() + link.substring(link.indexOf("/join/")), "#guest-name", violations);

            Page page = new BoardPage(signedIn.newPage()).signIn(base(), fanny.email(), People.PASSWORD).page;
            check(page, base() + "/", "h2", violations);
            check(page, base() + "/boards/" + board.getId(), "atelier-board section.zone", violations);
            check(page, base() + "/tokens", "#token-name", violations);
            // the page's link to the API's documentation: Swagger UI draws the document (our CSP lets it)
            page.locator("#api-documentation").click();
            page.locator(".opblock-summary-path").first().waitFor();
            assertThat(page.locator(".opblock-summary-path").allTextContents()).contains("/api/boards",
                    "/api/admin/backup");
            check(page, base() + "/actions", "h2", violations);
            check(page, base() + "/templates", "h2", violations);
            check(page, base() + "/workspaces", "#workspace-members .member-row", violations);
            crowd.configure(fanny.actor(), board.getId(), new CrowdService.Settings(true, Crowd.Step.WRITE, "promise",
                    140, false));
            check(page, base() + "/boards/" + board.getId() + "/wall", "#wall-step", violations);
            String code = boards.getBoard(fanny.actor(), board.getId()).getCrowd().code();
            check(visitor, base() + "/crowd/" + code, "body", violations);
        }
        assertThat(violations).isEmpty();
    }

    /**
     * Without a mouse: a card moves to the next zone with Alt and an arrow key and keeps the focus; the list view reads
     * the board as headings and lists, and says politely what others add.
     */
    @Test
    void aKeyboardMovesCardsAndTheListViewReadsTheBoardAloud() {
        AtelierUser fanny = people.account("Fanny");
        workspaces.create(fanny.actor(), "Agence Fanny"); // she administers it: its page shows everything
        Board board = boards.createBoard(fanny.actor(), "Promesse 2027", "brand-promise");
        String card = boards.addCard(fanny.actor(), board.getId(), NewCard.of("promise", "Simple et honnête")).getId();
        try (BrowserContext context = context()) {
            BoardPage facilitator = new BoardPage(context.newPage()).signIn(base(), fanny.email(), People.PASSWORD)
                    .open(base(), board.getId());
            Page page = facilitator.page;
            page.locator("atelier-board [data-card-id='" + card + "']").focus();
            page.keyboard().press("Alt+ArrowRight");

            await().atMost(Duration.ofSeconds(10)).until(() -> !boards.getCard(fanny.actor(), board.getId(), card)
                    .getZone().equals("promise"));
            String zone = boards.getCard(fanny.actor(), board.getId(), card).getZone();
            assertThat(page.url()).as("the browser did not go back").endsWith("/boards/" + board.getId());
            PlaywrightAssertions.assertThat(page.locator("atelier-board section.zone[data-zone-id='" + zone
                    + "'] [data-card-id='" + card + "']")).isFocused();
            PlaywrightAssertions.assertThat(page.locator("atelier-board [role=status]")).containsText("Moved to");
            List<String> violations = new ArrayList<>();
            // Enter on the focused card opens its sheet: edited without a mouse, then checked with axe
            page.keyboard().press("Enter");
            var text = page.locator("#card-text textarea, #card-text input").first();
            text.waitFor();
            text.focus(); // where Tab lands first in the sheet
            page.keyboard().press("Control+End");
            page.keyboard().type(" !");
            PlaywrightAssertions.assertThat(text).hasValue("Simple et honnête !");
            analyse(page, page.url() + " (card sheet)", violations);
            page.locator("#card-save").press("Enter");
            await().atMost(Duration.ofSeconds(10)).until(() -> boards.getCard(fanny.actor(), board.getId(), card)
                    .getText().equals("Simple et honnête !"));
            // the facilitator's dialogs: the people panel and the priorities
            page.locator("#board-people").click();
            openDialog(page, "People");
            analyse(page, page.url() + " (people)", violations);
            page.keyboard().press("Escape");
            page.locator("#priorities").click();
            openDialog(page, "Priorities");
            analyse(page, page.url() + " (priorities)", violations);
            page.keyboard().press("Escape");

            page.locator("atelier-board .view-switch").click();
            PlaywrightAssertions.assertThat(page.locator("atelier-board .list h3")).hasCount(
                    boards.templateOf(board).zones().size());
            PlaywrightAssertions.assertThat(page.locator("atelier-board .list section[data-zone-id='" + zone
                    + "'] li")).containsText("Simple et honnête");
            boards.addCard(fanny.actor(), board.getId(), NewCard.of("proofs", "Livré en 24 h"));
            PlaywrightAssertions.assertThat(page.locator("atelier-board [role=status]"))
                    .containsText("New card in Proofs: Livré en 24 h");
            PlaywrightAssertions.assertThat(page.locator("atelier-board .list li")).hasCount(2);
            analyse(page, page.url() + " (list view)", violations);
            assertThat(violations).isEmpty();
        }
    }

    /** Waits for the dialog of that name to be open and drawn (its host element has no box of its own). */
    private static void openDialog(Page page, String name) {
        page.locator("vaadin-dialog[opened][aria-label='" + name + "']").waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.waitForTimeout(300);
    }

    private static void check(Page page, String url, String ready, List<String> violations) {
        page.navigate(url);
        page.locator(ready).first().waitFor();
        page.waitForTimeout(300); // Vaadin's components finish rendering
        analyse(page, url, violations);
    }

    private static void analyse(Page page, String url, List<String> violations) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                violations.add(url.replaceFirst("http://localhost:\\d+", "") + ": " + rule.getId() + " ("
                        + rule.getImpact() + ") " + rule.getHelp() + " at " + rule.getNodes().stream().limit(3)
                        .map(node -> String.valueOf(node.getTarget())).toList());
            }
        }
    }
}
