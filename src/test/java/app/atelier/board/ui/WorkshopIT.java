package app.atelier.board.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardStatus;
import app.atelier.security.AtelierUser;
import app.atelier.support.BoardPage;
import app.atelier.support.BrowserTests;
import app.atelier.support.People;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small workshop in real browsers: two participants write privately, the facilitator reveals, runs a vote and
 * marks two cards agreed; both participants see each step live, without reloading.
 */
class WorkshopIT extends BrowserTests {
    @Autowired
    BoardService boards;
    @Autowired
    AccessService access;
    @Autowired
    People people;

    @Test
    void writePrivatelyRevealVoteAndAgree() {
        AtelierUser fanny = people.account("Fanny");
        Board board = boards.createBoard(fanny.actor(), "Promesse 2027", "brand-promise");
        String link = access.createInvite(fanny.actor(), board.getId(), Role.PARTICIPANT, null).url();
        String joinPath = link.substring(link.indexOf("/join/"));
        try (BrowserContext fannyContext = context(); BrowserContext brunoContext = context();
             BrowserContext chloeContext = context()) {
            BoardPage facilitator = new BoardPage(fannyContext.newPage()).signIn(base(), fanny.email(), People.PASSWORD)
                    .open(base(), board.getId());
            facilitator.page.locator("vaadin-checkbox#private-writing").click();
            BoardPage bruno = new BoardPage(brunoContext.newPage()).joinByLink(base() + joinPath, "Bruno");
            BoardPage chloe = new BoardPage(chloeContext.newPage()).joinByLink(base() + joinPath, "Chloé");
            assertThat(chloe.page.locator("#phase-badge")).containsText("private writing");

            // 1. Private writing: each sees only their own words; the facilitator sees all.
            bruno.addCard("promise", "Bruno : simple et honnête");
            chloe.addCard("proofs", "Chloé : livré en 24 h");
            assertThat(chloe.cards()).hasCount(2);
            assertThat(chloe.page.locator("atelier-board .card.hidden")).hasCount(1);
            assertThat(texts(chloe)).noneMatch(t -> t.contains("Bruno : simple"));
            assertThat(texts(bruno)).noneMatch(t -> t.contains("Chloé : livré"));
            assertThat(facilitator.cards()).containsText(new String[] {"Bruno : simple", "Chloé : livré"});

            // 2. Reveal: both see every card at once.
            facilitator.page.locator("vaadin-checkbox#private-writing").click();
            assertThat(bruno.page.locator("atelier-board .card.hidden")).hasCount(0);
            assertThat(chloe.cards()).containsText(new String[] {"Bruno : simple", "Chloé : livré"});
            assertThat(bruno.cards()).containsText(new String[] {"Bruno : simple", "Chloé : livré"});

            // 3. A dot-vote with 3 dots each.
            facilitator.page.locator("#vote-control").click();
            facilitator.page.locator("vaadin-integer-field#vote-budget input").fill("3");
            facilitator.page.locator("#vote-open").click();
            assertThat(bruno.page.locator("#dots-left")).hasText("Dots left: 3 / 3");
            List<Card> cards = boards.cards(fanny.actor(), board.getId());
            String brunos = cards.stream().filter(c -> c.getText().startsWith("Bruno")).findFirst().orElseThrow().getId();
            String chloes = cards.stream().filter(c -> c.getText().startsWith("Chloé")).findFirst().orElseThrow().getId();
            bruno.card(chloes).locator("button.vote-up").click();
            assertThat(bruno.page.locator("#dots-left")).hasText("Dots left: 2 / 3");
            bruno.card(chloes).locator("button.vote-up").click();
            assertThat(bruno.page.locator("#dots-left")).hasText("Dots left: 1 / 3");
            chloe.card(brunos).locator("button.vote-up").click();
            assertThat(chloe.page.locator("#dots-left")).hasText("Dots left: 2 / 3");
            facilitator.page.locator("#vote-control").click();
            assertThat(chloe.card(chloes).locator(".total")).hasText("● 2");
            assertThat(bruno.card(brunos).locator(".total")).hasText("● 1");

            // 4. The facilitator agrees the two cards from the priority list.
            facilitator.page.locator("#priorities").click();
            Locator agree = facilitator.page.locator("vaadin-button.decide-agreed");
            assertThat(agree).hasCount(2);
            agree.first().click();
            assertThat(agree.first()).hasText("Undo agreement"); // the list is redrawn before the next click
            agree.nth(1).click();
            assertThat(agree.nth(1)).hasText("Undo agreement");
            for (BoardPage participant : List.of(bruno, chloe)) {
                assertThat(participant.page.locator("atelier-board .card.agreed")).hasCount(2);
                assertThat(participant.card(chloes)).containsText("Agreed");
                // badges are Vaadin icons with a label, drawn whatever fonts the system has (not emoji)
                Locator lock = participant.card(chloes).locator("vaadin-icon[icon='vaadin:lock']");
                assertThat(lock).isVisible();
                assertThat(lock).hasAttribute("aria-label", Pattern.compile(".+"));
                assertThat(participant.card(chloes).locator("vaadin-icon[icon='vaadin:check']")).isVisible();
                assertThat(lock.boundingBox().width).isGreaterThan(4);
            }
            assertThat(boards.cards(fanny.actor(), board.getId())).allMatch(c -> c.getStatus() == CardStatus.AGREED);
        }
    }

    private static List<String> texts(BoardPage page) {
        return page.cards().allInnerTexts();
    }
}
