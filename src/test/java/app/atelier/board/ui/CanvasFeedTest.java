package app.atelier.board.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.BoardPageTests;
import app.atelier.support.BoardPages;
import app.atelier.support.CanvasProbe;
import app.atelier.support.EventClient;
import com.vaadin.browserless.BrowserlessUIContext;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A board page's card feed ({@link CanvasFeeds}) over a real socket: what it carries, what the page's Vaadin side then
 * leaves to it, what a viewer may see of a card on it (private writing, anonymity), and who may hold one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CanvasFeedTest extends BoardPageTests {
    @LocalServerPort
    int port;
    @Autowired
    BoardService boards;
    @Autowired
    SessionService sessions;
    @Autowired
    AccessService access;
    @Autowired
    CanvasFeeds feeds;

    private EventClient feedOf(BrowserlessUIContext window) throws Exception {
        return EventClient.connect(URI.create("ws://localhost:" + port + CanvasFeeds.PATH
                + ((BoardView) window.getCurrentView()).feed.ticket), null);
    }

    /** The feed's hello: the seq it follows after. */
    private static long hello(EventClient feed) throws InterruptedException {
        JsonNode hello = feed.next();
        assertThat(hello.get("type").asString()).isEqualTo("hello");
        return hello.get("seq").asLong();
    }

    private static JsonNode nextCard(EventClient feed) throws InterruptedException {
        JsonNode message = feed.next();
        assertThat(message.get("type").asString()).isEqualTo("card");
        return message.get("card");
    }

    @Test
    void cardChangesComeOnTheFeedInOrderAndThePageLeavesThemToItUntilItDrops() throws Exception {
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        try (EventClient feed = feedOf(bruno)) {
            long from = hello(feed);
            Card card = workshop.card("fails", "Lancé un vendredi <b>soir</b>");
            boards.moveCard(workshop.facilitator(), workshop.id(), card.getId(), "fails", 0.4, 0.5);
            boards.deleteCard(workshop.facilitator(), workshop.id(), card.getId());

            JsonNode added = feed.next();
            JsonNode moved = feed.next();
            JsonNode removed = feed.next();
            assertThat(added.get("card").get("text").asString()).isEqualTo("Lancé un vendredi <b>soir</b>");
            assertThat(added.get("card").get("author").asString()).isEqualTo("Ana");
            assertThat(moved.get("card").get("x").asDouble()).isEqualTo(0.4);
            assertThat(removed.get("type").asString()).isEqualTo("remove");
            assertThat(removed.get("id").asString()).isEqualTo(card.getId());
            assertThat(added.get("seq").asLong()).isGreaterThan(from);
            assertThat(moved.get("seq").asLong()).isGreaterThan(added.get("seq").asLong());
            assertThat(removed.get("seq").asLong()).isGreaterThan(moved.get("seq").asLong());
            assertThat(BoardPages.sent(bruno)).as("Vaadin's push carries none of it").isEmpty();
        }
        // the feed dropped: the page's own push takes the changes again, numbered the same way
        awaitDisconnected();
        Card next = workshop.card("fails", "Oublié la sauvegarde");
        assertThat(BoardPages.sent(bruno)).singleElement().satisfies(call -> {
            assertThat(call.function()).isEqualTo("upsertCard");
            assertThat(call.argumentsText()).contains(next.getId());
            assertThat(call.arguments()).hasSize(2);
        });
    }

    @Test
    void aPageWithACardSheetOpenStillHearsCardChangesForTheSheetButNotTwiceOnItsCanvas() throws Exception {
        BrowserlessUIContext ana = pages.facilitator();
        Actor bruno = workshop.guest("Bruno", Role.PARTICIPANT);
        Card card = workshop.card(bruno, "fails", "Avant");
        BoardPages.sent(ana);
        try (EventClient feed = feedOf(ana)) {
            hello(feed);
            BoardPages.gesture(ana, "openCard", card.getId());
            boards.deleteCard(bruno, workshop.id(), card.getId());
            assertThat(feed.next().get("type").asString()).isEqualTo("remove");
            assertThat(BoardPages.sent(ana)).extracting(CanvasProbe.Call::function).doesNotContain("removeCard");
            assertThat(((BoardView) ana.getCurrentView()).openEditor().card())
                    .as("the open sheet heard that its card is gone").isNull();
        }
    }

    @Test
    void privateWritingAndAnonymityApplyToEveryViewerOnTheFeed() throws Exception {
        Actor carla = workshop.guest("Carla", Role.PARTICIPANT);
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        BrowserlessUIContext ana = pages.facilitator();
        sessions.updateSettings(workshop.facilitator(), workshop.id(), true, null);
        try (EventClient brunos = feedOf(bruno); EventClient anas = feedOf(ana)) {
            hello(brunos);
            hello(anas);
            Card secret = workshop.card(carla, "fails", "le fail secret de Carla");

            JsonNode seenByBruno = nextCard(brunos);
            assertThat(seenByBruno.get("id").asString()).isEqualTo(secret.getId());
            assertThat(seenByBruno.get("hidden").asBoolean()).isTrue();
            assertThat(seenByBruno.toString()).doesNotContain("secret").doesNotContain("Carla");
            assertThat(nextCard(anas).get("text").asString()).as("facilitators see everything")
                    .isEqualTo("le fail secret de Carla");

            sessions.updateSettings(workshop.facilitator(), workshop.id(), false, true);
            boards.moveCard(carla, workshop.id(), secret.getId(), "fails", 0.1, 0.1);
            JsonNode anonymous = nextCard(brunos);
            assertThat(anonymous.get("text").asString()).isEqualTo("le fail secret de Carla");
            assertThat(anonymous.has("author")).as("anonymous: no name, for anyone").isFalse();
            assertThat(nextCard(anas).has("author")).isFalse();
        }
    }

    @Test
    void aFeedIsOnlyForItsOpenPageAndAMemberWhoLeavesLosesIt() throws Exception {
        assertThatThrownBy(() -> EventClient.connect(URI.create("ws://localhost:" + port + CanvasFeeds.PATH
                + "not-a-ticket"), null)).hasMessageContaining("404");

        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        EventClient feed = feedOf(bruno);
        hello(feed);
        String brunoId = access.members(workshop.facilitator(), workshop.id()).stream()
                .filter(m -> "Bruno".equals(m.getMemberName())).findFirst().orElseThrow().getMemberId();
        access.removeMember(workshop.facilitator(), workshop.id(), brunoId);
        assertThat(feed.closed(5_000)).as("removed from the board: the feed closes").isTrue();
        workshop.card("fails", "après son départ");
        assertThat(feed.received()).extracting(m -> m.get("type").asString()).containsExactly("hello");

        BrowserlessUIContext carla = pages.guest("Carla", Role.PARTICIPANT);
        String ticket = ((BoardView) carla.getCurrentView()).feed.ticket;
        EventClient carlas = feedOf(carla);
        hello(carlas);
        CanvasProbe.closeWindow(carla.getUI());
        assertThat(carlas.closed(5_000)).as("the page left: its feed closes").isTrue();
        assertThatThrownBy(() -> EventClient.connect(URI.create("ws://localhost:" + port + CanvasFeeds.PATH
                + ticket), null)).as("and its ticket is no longer valid").hasMessageContaining("404");
    }

    private void awaitDisconnected() throws InterruptedException {
        for (int i = 0; i < 100 && feeds.connected() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(feeds.connected()).isZero();
    }
}
