package app.atelier.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.presence.PresenceService;
import app.atelier.security.Actor;
import app.atelier.support.BoardPageTests;
import app.atelier.support.CanvasProbe;
import app.atelier.support.CanvasProbe.Call;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People on one board, without a browser: what each one's page is sent, and what each may do. Ana is the
 * facilitator (an account); the others join through invite links, as guests, exactly as in the product.
 */
class BoardViewTest extends BoardPageTests {
    @Autowired
    BoardService service;
    @Autowired
    AccessService access;
    @Autowired
    BoardEventBus bus;
    @Autowired
    PresenceService presence;

    private Actor ana;
    private Board board;

    @BeforeEach
    void setUp() {
        ana = workshop.facilitator();
        board = workshop.board();
    }

    @Test
    void aCardAddedByOnePersonReachesTheOthersPage() {
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        CanvasProbe.sentTo(bruno.getUI());

        anaPage.activate();
        CanvasProbe.gesture(view(anaPage).canvas, "requestNewCard", "patterns");
        anaPage.test(field(anaPage, "card-text")).setValue("On lance toujours sans tester");
        anaPage.test(button(anaPage, "card-save")).click();

        Card card = service.cards(ana, board.getId()).getFirst();
        assertThat(card.getText()).isEqualTo("On lance toujours sans tester");
        assertThat(card.getAuthor()).isEqualTo("Ana");
        bruno.activate();
        assertThat(CanvasProbe.sentTo(bruno.getUI())).singleElement().satisfies(call -> {
            assertThat(call.function()).isEqualTo("upsertCard");
            assertThat(call.argumentsText()).contains(card.getId()).contains("On lance toujours sans tester")
                    .contains("\"author\":\"Ana\"");
        });
    }

    @Test
    void aPageWhosePushConnectionIsGoneStopsQueueingAndGetsTheWholeBoardBack() {
        Card card = service.addCard(ana, board.getId(), NewCard.of("patterns", "moving"));
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        CanvasProbe.gesture(view(bruno).canvas, "ready");
        CanvasProbe.sentTo(bruno.getUI());
        AwayPush push = new AwayPush();
        bruno.getUI().getInternals().setPushConnection(push);

        for (int i = 0; i <= AwayBacklog.LIMIT + 50; i++) {
            service.moveCard(ana, board.getId(), card.getId(), "patterns", 0.1, i / 1000.0);
        }
        // no more than the backlog waits in memory for a page that is away
        assertThat(CanvasProbe.sentTo(bruno.getUI())).hasSize(AwayBacklog.LIMIT);

        push.connected = true;
        service.moveCard(ana, board.getId(), card.getId(), "patterns", 0.5, 0.5);
        assertThat(CanvasProbe.sentTo(bruno.getUI())).extracting(CanvasProbe.Call::function)
                .containsExactly("setBoard", "setSession");
    }

    /** A push connection that the test switches off and on. */
    private static final class AwayPush implements com.vaadin.flow.server.communication.PushConnection {
        boolean connected;

        @Override
        public void push() {
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean isConnected() {
            return connected;
        }
    }

    @Test
    void aGuestWhoJoinedByLinkAddsACard() {
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        CanvasProbe.gesture(view(bruno).canvas, "requestNewCard", "fails");
        bruno.test(field(bruno, "card-text")).setValue("La campagne sans cible");
        bruno.test(button(bruno, "card-save")).click();

        Card card = service.cards(ana, board.getId()).getFirst();
        assertThat(card.getAuthor()).isEqualTo("Bruno");
        assertThat(card.getAuthorId()).isNotEqualTo(ana.id());
    }

    @Test
    void anObserverSeesTheBoardButCannotAddACard() {
        service.addCard(ana, board.getId(), NewCard.of("patterns", "visible"));
        BrowserlessUIContext chloe = guestPage("Chloé", Role.OBSERVER);
        assertThat(CanvasProbe.sentTo(chloe.getUI())).isEmpty();
        CanvasProbe.gesture(view(chloe).canvas, "ready");
        assertThat(CanvasProbe.sentTo(chloe.getUI())).first()
                .satisfies(call -> assertThat(call.argumentsText()).contains("visible"));

        CanvasProbe.gesture(view(chloe).canvas, "requestNewCard", "fails");

        assertThat(chloe.find(TextArea.class).withId("card-text").all()).isEmpty();
        assertThat(service.cards(ana, board.getId())).hasSize(1);
    }

    @Test
    void someoneElsesCardOpensReadOnlyForAParticipant() {
        Card anas = service.addCard(ana, board.getId(), NewCard.of("fails", "à Ana"));
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        assertThat(view(bruno).canvas.getElement().getAttribute("readonly")).isNull();

        CanvasProbe.gesture(view(bruno).canvas, "openCard", anas.getId());

        CardEditor editor = view(bruno).openEditor();
        assertThat(editor.text.isReadOnly()).isTrue();
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.delete.isVisible()).isFalse();
    }

    @Test
    void anObserversCanvasIsReadOnly() {
        BrowserlessUIContext chloe = guestPage("Chloé", Role.OBSERVER);
        assertThat(view(chloe).canvas.getElement().getAttribute("readonly")).isNotNull();
    }

    @Test
    void aParticipantCannotMoveSomeoneElsesCard() {
        Card anas = service.addCard(ana, board.getId(), NewCard.of("fails", "à Ana"));
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);

        CanvasProbe.gesture(view(bruno).canvas, "moveCard", anas.getId(), "golden-rules", 0.5, 0.5);

        assertThat(service.getCard(ana, board.getId(), anas.getId()).getZone()).isEqualTo("fails");
        assertThat(CanvasProbe.sentTo(bruno.getUI())).singleElement().satisfies(call -> {
            assertThat(call.function()).as("the card goes back where it is").isEqualTo("upsertCard");
            assertThat(call.argumentsText()).contains("\"zone\":\"fails\"");
        });
    }

    @Test
    void revokingTheLinkStopsAnOpenPageAtOnce() {
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        String inviteId = access.invites(ana, board.getId()).getFirst().getId();
        assertThat(bus.listenerCount(board.getId())).isEqualTo(1);

        access.revokeInvite(ana, board.getId(), inviteId);

        bruno.activate();
        CanvasProbe.deliverPushes(bruno.getUI());
        BoardView view = view(bruno);
        assertThat(view.accessLost.isVisible()).isTrue();
        assertThat(view.accessLost.getText()).contains("withdrawn");
        assertThat(view.canvas.isAttached()).isFalse();
        assertThat(bus.listenerCount(board.getId())).as("no more cards reach that page").isZero();
        CanvasProbe.gesture(view.canvas, "moveCard", "x", "fails", 0.1, 0.1);
        assertThat(service.cards(ana, board.getId())).isEmpty();
    }

    @Test
    void removingAMemberStopsTheirOpenPage() {
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        String brunoId = access.members(ana, board.getId()).stream()
                .filter(m -> m.getMemberName().equals("Bruno")).findFirst().orElseThrow().getMemberId();

        access.removeMember(ana, board.getId(), brunoId);
        bruno.activate();
        CanvasProbe.deliverPushes(bruno.getUI());

        assertThat(view(bruno).accessLost.isVisible()).isTrue();
        assertThat(bus.listenerCount(board.getId())).isZero();
    }

    @Test
    void privateContentNeverReachesAnotherParticipantsBrowser() {
        BrowserlessUIContext anaPage = facilitatorPage();
        anaPage.test(anaPage.find(Checkbox.class).withId("private-writing").single()).click();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        BrowserlessUIContext chloe = guestPage("Chloé", Role.PARTICIPANT);
        CanvasProbe.sentTo(chloe.getUI());

        bruno.activate();
        CanvasProbe.gesture(view(bruno).canvas, "requestNewCard", "fails");
        bruno.test(field(bruno, "card-text")).setValue("le fail secret de Bruno");
        bruno.test(button(bruno, "card-save")).click();

        chloe.activate();
        List<Call> toChloe = CanvasProbe.sentTo(chloe.getUI());
        assertThat(toChloe).singleElement().satisfies(call -> {
            assertThat(call.function()).isEqualTo("upsertCard");
            assertThat(call.argumentsText()).contains("\"hidden\":true").doesNotContain("secret")
                    .doesNotContain("Bruno");
        });
        anaPage.activate();
        assertThat(CanvasProbe.sentTo(anaPage.getUI()).toString()).contains("le fail secret de Bruno");

        anaPage.test(anaPage.find(Checkbox.class).withId("private-writing").single()).click(); // reveal
        chloe.activate();
        assertThat(CanvasProbe.sentTo(chloe.getUI()).stream().filter(c -> c.function().equals("setBoard"))
                .findFirst().orElseThrow().argumentsText()).contains("le fail secret de Bruno");
    }

    @Test
    void aRoleChangeReachesTheOpenPage() {
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        String brunoId = access.members(ana, board.getId()).stream()
                .filter(m -> m.getMemberName().equals("Bruno")).findFirst().orElseThrow().getMemberId();

        access.changeRole(ana, board.getId(), brunoId, Role.OBSERVER);
        bruno.activate();
        CanvasProbe.deliverPushes(bruno.getUI());

        CanvasProbe.gesture(view(bruno).canvas, "requestNewCard", "fails");
        assertThat(bruno.find(TextArea.class).withId("card-text").all()).isEmpty();
        assertThat(view(bruno).canvas.isAttached()).as("still sees the board").isTrue();
    }

    @Test
    void onlyAFacilitatorSeesThePeoplePanel() {
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);

        assertThat(view(anaPage).people.isVisible()).isTrue();
        assertThat(view(bruno).people.isVisible()).isFalse();
        anaPage.activate();
        anaPage.test(view(anaPage).people).click();
        anaPage.test(button(anaPage, "invite-create")).click();
        String url = anaPage.find(TextField.class).withId("invite-url").single().getValue();
        assertThat(url).contains("/join/");
        assertThat(access.findInvite(app.atelier.support.People.secretOf(url))).isPresent();
    }

    @Test
    void theBoardIsSentOnceThenOnlyTheCardThatChanged() {
        Card existing = service.addCard(ana, board.getId(), NewCard.of("patterns", "déjà là"));
        BrowserlessUIContext anaPage = facilitatorPage();
        service.addCard(ana, board.getId(), NewCard.of("golden-rules", "Règle n°1"));
        service.moveCard(ana, board.getId(), existing.getId(), "fails", 0.5, 0.5);

        List<Call> calls = CanvasProbe.sentTo(anaPage.getUI());

        assertThat(calls).extracting(Call::function).containsExactly("upsertCard", "upsertCard");
        assertThat(calls.get(0).argumentsText()).contains("Règle n°1").doesNotContain("déjà là");
        assertThat(calls.get(1).argumentsText()).contains(existing.getId()).contains("\"zone\":\"fails\"");
    }

    @Test
    void theFirstPageOfABoardCarriesItsCardsAndLayout() {
        service.addCard(ana, board.getId(), NewCard.of("patterns", "<b>pas du HTML</b>"));
        BrowserlessUIContext anaPage = pages.window(workshop.account());
        anaPage.navigate("boards/" + board.getId(), BoardView.class);
        assertThat(CanvasProbe.sentTo(anaPage.getUI())).as("nothing before the canvas asks").isEmpty();

        CanvasProbe.gesture(view(anaPage).canvas, "ready");
        List<Call> calls = CanvasProbe.sentTo(anaPage.getUI());

        assertThat(calls).first().satisfies(call -> {
            assertThat(call.function()).isEqualTo("setBoard");
            assertThat(call.argumentsText()).contains("<b>pas du HTML</b>").contains("\"id\":\"golden-rules\"")
                    .contains("Golden rules");
        });
    }

    @Test
    void aReconnectingCanvasGetsTheWholeBoardAgain() {
        BrowserlessUIContext anaPage = facilitatorPage();
        service.addCard(ana, board.getId(), NewCard.of("patterns", "écrit pendant la coupure"));
        CanvasProbe.sentTo(anaPage.getUI());

        CanvasProbe.gesture(view(anaPage).canvas, "ready");

        assertThat(CanvasProbe.sentTo(anaPage.getUI())).first().satisfies(call -> {
            assertThat(call.function()).isEqualTo("setBoard");
            assertThat(call.argumentsText()).contains("écrit pendant la coupure");
        });
    }

    @Test
    void eventsOfAnotherBoardDoNotReachThisPage() {
        BrowserlessUIContext anaPage = facilitatorPage();
        Board other = service.createBoard(ana, "Other", "brand-promise");
        service.addCard(ana, other.getId(), NewCard.of("promise", "ailleurs"));

        assertThat(CanvasProbe.sentTo(anaPage.getUI())).isEmpty();
    }

    @Test
    void aBoardIdAloneGivesNothing() {
        BrowserlessUIContext stranger = pages.window(workshop.people().account("Zoé"));
        stranger.navigate("boards/" + board.getId(), com.vaadin.flow.component.Component.class);

        assertThat(stranger.getCurrentView()).isNotInstanceOf(BoardView.class);
        assertThat(stranger.getCurrentView().getElement().getTextRecursively()).contains("This board does not exist.");
        assertThat(bus.listenerCount(board.getId())).isZero();
    }

    @Test
    void thePresenceListShowsWhoIsHere() {
        BrowserlessUIContext anaPage = facilitatorPage();
        guestPage("Bruno", Role.PARTICIPANT);

        anaPage.activate();
        CanvasProbe.deliverPushes(anaPage.getUI());
        assertThat(view(anaPage).presenceList.names()).containsExactly("Ana", "Bruno");
    }

    @Test
    void theLaterWriterIsToldAndKeepsTheirText() {
        Card card = service.addCard(ana, board.getId(), NewCard.of("patterns", "version 0"));
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext anaTab = facilitatorPage();

        anaPage.activate();
        CanvasProbe.gesture(view(anaPage).canvas, "openCard", card.getId());
        anaTab.activate();
        CanvasProbe.gesture(view(anaTab).canvas, "openCard", card.getId());

        anaPage.activate();
        anaPage.test(field(anaPage, "card-text")).setValue("First words");
        anaPage.test(button(anaPage, "card-save")).click();

        anaTab.activate();
        anaTab.test(field(anaTab, "card-text")).setValue("Second words");
        anaTab.test(button(anaTab, "card-save")).click();

        assertThat(service.getCard(ana, board.getId(), card.getId()).getText()).isEqualTo("First words");
        CardEditor later = view(anaTab).openEditor();
        assertThat(later).isNotNull();
        assertThat(later.conflict.isVisible()).isTrue();
        assertThat(later.conflict.getElement().getTextRecursively()).contains("First words");
        assertThat(later.text.getValue()).isEqualTo("Second words");

        anaTab.test(button(anaTab, "card-save")).click();
        assertThat(service.getCard(ana, board.getId(), card.getId()).getText()).isEqualTo("Second words");
        assertThat(view(anaTab).openEditor()).isNull();
    }

    @Test
    void aMoveByAnotherPersonDoesNotBlockAnEdit() {
        Card card = service.addCard(ana, board.getId(), NewCard.of("patterns", "texte"));
        BrowserlessUIContext anaPage = facilitatorPage();
        CanvasProbe.gesture(view(anaPage).canvas, "openCard", card.getId());

        service.moveCard(ana, board.getId(), card.getId(), "golden-rules", 0.3, 0.3);
        anaPage.test(field(anaPage, "card-text")).setValue("texte revu");
        anaPage.test(button(anaPage, "card-save")).click();

        Card saved = service.getCard(ana, board.getId(), card.getId());
        assertThat(saved.getText()).isEqualTo("texte revu");
        assertThat(saved.getZone()).isEqualTo("golden-rules");
        assertThat(view(anaPage).openEditor()).isNull();
    }

    @Test
    void aFailOpensAsItsA3Sheet() {
        BrowserlessUIContext anaPage = facilitatorPage();
        CanvasProbe.gesture(view(anaPage).canvas, "requestNewCard", "fails");

        anaPage.test(field(anaPage, "card-text")).setValue("Le salon vide");
        anaPage.test(field(anaPage, "card-field-context")).setValue("Salon pro, mars");
        anaPage.test(field(anaPage, "card-field-impact")).setValue("12 k€ pour 4 leads");
        anaPage.test(field(anaPage, "card-field-lessons")).setValue("Valider la cible avant");
        anaPage.test(button(anaPage, "card-save")).click();

        Card fail = service.cards(ana, board.getId()).getFirst();
        assertThat(fail.getText()).isEqualTo("Le salon vide");
        assertThat(fail.getFields()).containsEntry("context", "Salon pro, mars")
                .containsEntry("impact", "12 k€ pour 4 leads").containsEntry("lessons", "Valider la cible avant");
    }

    @Test
    void emptyTextIsRefusedInTheEditorAndNothingIsSaved() {
        BrowserlessUIContext anaPage = facilitatorPage();
        CanvasProbe.gesture(view(anaPage).canvas, "requestNewCard", "patterns");
        anaPage.test(field(anaPage, "card-text")).setValue("   ");
        anaPage.test(button(anaPage, "card-save")).click();

        assertThat(field(anaPage, "card-text").isInvalid()).isTrue();
        assertThat(field(anaPage, "card-text").getErrorMessage()).isEqualTo("The card needs some text.");
        assertThat(service.cards(ana, board.getId())).isEmpty();
    }

    @Test
    void dragToAnotherZoneMovesTheCardForEveryone() {
        Card card = service.addCard(ana, board.getId(), NewCard.of("fails", "à déplacer"));
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.OBSERVER);
        CanvasProbe.sentTo(bruno.getUI());

        anaPage.activate();
        CanvasProbe.gesture(view(anaPage).canvas, "moveCard", card.getId(), "golden-rules", 0.25, 0.5);

        Card moved = service.getCard(ana, board.getId(), card.getId());
        assertThat(moved.getZone()).isEqualTo("golden-rules");
        assertThat(moved.getX()).isEqualTo(0.25);
        bruno.activate();
        assertThat(CanvasProbe.sentTo(bruno.getUI())).singleElement()
                .satisfies(call -> assertThat(call.argumentsText()).contains("\"zone\":\"golden-rules\""));
    }

    @Test
    void deletingTakesASecondClickAndReachesEveryone() {
        Card card = service.addCard(ana, board.getId(), NewCard.of("patterns", "à supprimer"));
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        CanvasProbe.sentTo(bruno.getUI());
        anaPage.activate();
        CanvasProbe.gesture(view(anaPage).canvas, "openCard", card.getId());

        anaPage.test(button(anaPage, "card-delete")).click();
        assertThat(service.cards(ana, board.getId())).as("first click only arms").hasSize(1);
        assertThat(button(anaPage, "card-delete").getText()).isEqualTo("Click again to delete");
        anaPage.test(button(anaPage, "card-delete")).click();

        assertThat(service.cards(ana, board.getId())).isEmpty();
        bruno.activate();
        assertThat(CanvasProbe.sentTo(bruno.getUI())).singleElement().satisfies(call -> {
            assertThat(call.function()).isEqualTo("removeCard");
            assertThat(call.arguments()).first().isEqualTo(card.getId()); // and the deletion's seq
        });
    }

    @Test
    void closedPagesLeaveNoSubscriptionBehind() {
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        assertThat(bus.listenerCount(board.getId())).isEqualTo(2);
        assertThat(presence.seatCount(board.getId())).isEqualTo(2);

        CanvasProbe.closeWindow(anaPage.getUI());
        CanvasProbe.closeWindow(bruno.getUI());

        assertThat(bus.listenerCount(board.getId())).isZero();
        assertThat(presence.seatCount(board.getId())).isZero();
    }

    @Test
    void navigatingAwayUnsubscribes() {
        BrowserlessUIContext anaPage = facilitatorPage();
        anaPage.navigate(HomeView.class);

        assertThat(bus.listenerCount(board.getId())).isZero();
        assertThat(presence.seatCount(board.getId())).isZero();
    }

    private BrowserlessUIContext facilitatorPage() {
        return pages.facilitator();
    }

    private BrowserlessUIContext guestPage(String name, Role role) {
        return pages.guest(name, role);
    }

    private static BoardView view(BrowserlessUIContext window) {
        return (BoardView) window.getCurrentView();
    }

    private static TextArea field(BrowserlessUIContext window, String id) {
        return window.find(TextArea.class).withId(id).single();
    }

    private static Button button(BrowserlessUIContext window, String id) {
        return window.find(Button.class).withId(id).single();
    }
}
