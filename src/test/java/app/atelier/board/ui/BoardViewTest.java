package app.atelier.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.access.ui.JoinView;
import app.atelier.base.ui.MainLayout;
import app.atelier.board.Board;
import app.atelier.board.BoardEventBus;
import app.atelier.board.BoardService;
import app.atelier.board.SessionService;
import app.atelier.board.Card;
import app.atelier.board.CardStatus;
import app.atelier.board.NewCard;
import app.atelier.board.Phase;
import app.atelier.board.ui.CanvasProbe.Call;
import app.atelier.presence.PresenceService;
import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;
import app.atelier.security.ui.LoginView;
import app.atelier.support.People;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * People on one board, without a browser: what each one's page is sent, and what each may do. Ana is the
 * facilitator (an account); the others join through invite links, as guests, exactly as in the product.
 */
@SpringBootTest
class BoardViewTest {
    @Autowired
    ApplicationContext spring;
    @Autowired
    BoardService service;
    @Autowired
    SessionService sessions;
    @Autowired
    AccessService access;
    @Autowired
    BoardEventBus bus;
    @Autowired
    PresenceService presence;
    @Autowired
    People people;

    private SecuredBrowserlessApplicationContext<Authentication> app;
    private AtelierUser anaUser;
    private Actor ana;
    private Board board;

    @BeforeEach
    void setUp() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, HomeView.class, JoinView.class,
                MainLayout.class, LoginView.class);
        anaUser = people.account("Ana");
        ana = anaUser.actor();
        board = service.createBoard(ana, "Mur des fails", "mur-des-fails");
    }

    @AfterEach
    void tearDown() {
        app.close();
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

        for (int i = 0; i <= BoardView.AWAY_BACKLOG + 50; i++) {
            service.moveCard(ana, board.getId(), card.getId(), "patterns", 0.1, i / 1000.0);
        }
        // no more than the backlog waits in memory for a page that is away
        assertThat(CanvasProbe.sentTo(bruno.getUI())).hasSize(BoardView.AWAY_BACKLOG);

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
    void thePhaseAndTheLocksReachEveryPage() {
        Card card = service.addCard(ana, board.getId(), NewCard.of("fails", "à verrouiller"));
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        assertThat(view(bruno).phaseBadge.getText()).isEqualTo("Writing");
        assertThat(view(bruno).facilitatorControls).isNull();

        anaPage.activate();
        anaPage.test(view(anaPage).facilitatorControls.phase).selectItem("Discussion");
        anaPage.test(view(anaPage).facilitatorControls.lockBoard).click();
        CanvasProbe.gesture(view(anaPage).canvas, "toggleZoneLock", "patterns");
        sessions.setCardLocked(ana, board.getId(), card.getId(), true);

        bruno.activate();
        List<Call> calls = CanvasProbe.sentTo(bruno.getUI());
        assertThat(view(bruno).phaseBadge.getText()).isEqualTo("Discussion · board locked");
        assertThat(view(bruno).canvas.getElement().getAttribute("readonly")).isNotNull();
        assertThat(calls).extracting(Call::function).contains("setSession", "upsertCard");
        assertThat(calls.stream().filter(c -> c.function().equals("setSession")).reduce((a, b) -> b).orElseThrow()
                .argumentsText()).contains("\"locked\":true").contains("patterns");
        assertThat(calls.stream().filter(c -> c.function().equals("upsertCard")).findFirst().orElseThrow()
                .argumentsText()).contains("\"locked\":true");
        assertThat(service.getBoard(ana, board.getId()).getPhase()).isEqualTo(Phase.DISCUSS);
    }

    @Test
    void aDotVoteWithHiddenTotalsRunsLiveOnEveryPage() {
        Card card = service.addCard(ana, board.getId(), NewCard.of("fails", "à voter"));
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        assertThat(view(bruno).facilitatorControls).isNull();

        anaPage.activate();
        anaPage.test(view(anaPage).facilitatorControls.voteControl).click();
        OpenVoteDialog dialog = anaPage.find(OpenVoteDialog.class).single();
        anaPage.test(dialog.budget).setValue(3);
        anaPage.test(dialog.hideTotals).click();
        anaPage.test(dialog.open).click();
        CanvasProbe.deliverPushes(anaPage.getUI());
        assertThat(view(anaPage).facilitatorControls.voteControl.getText()).isEqualTo("Close the vote");

        bruno.activate();
        CanvasProbe.sentTo(bruno.getUI());
        assertThat(view(bruno).dotsLeft.getText()).isEqualTo("Dots left: 3 / 3");
        CanvasProbe.gesture(view(bruno).canvas, "vote", card.getId(), 1);
        CanvasProbe.gesture(view(bruno).canvas, "vote", card.getId(), 1);
        assertThat(view(bruno).dotsLeft.getText()).isEqualTo("Dots left: 1 / 3");
        List<Call> toBruno = CanvasProbe.sentTo(bruno.getUI());
        assertThat(toBruno).extracting(Call::function).contains("upsertCard", "setSession");
        assertThat(toBruno.stream().filter(c -> c.function().equals("upsertCard")).map(Call::argumentsText))
                .as("totals stay hidden while the vote is open").noneMatch(a -> a.contains("\"votes\""));
        assertThat(toBruno.stream().filter(c -> c.function().equals("setSession")).reduce((a, b) -> b).orElseThrow()
                .argumentsText()).contains("\"myVotes\":{\"" + card.getId() + "\":2}");

        anaPage.activate();
        CanvasProbe.sentTo(anaPage.getUI());
        anaPage.test(view(anaPage).facilitatorControls.voteControl).click();
        List<Call> afterClose = CanvasProbe.sentTo(anaPage.getUI());
        assertThat(afterClose.stream().filter(c -> c.function().equals("setBoard")).findFirst().orElseThrow()
                .argumentsText()).contains("\"votes\":2");
    }

    @Test
    void theFacilitatorAgreesACardFromThePriorityListAndEveryoneSeesIt() {
        Card first = service.addCard(ana, board.getId(), NewCard.of("fails", "premier"));
        Card second = service.addCard(ana, board.getId(), NewCard.of("fails", "second"));
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);

        anaPage.activate();
        anaPage.test(view(anaPage).prioritiesButton).click();
        PrioritiesDialog dialog = anaPage.find(PrioritiesDialog.class).single();
        assertThat(dialog.list.getElement().getTextRecursively()).containsSubsequence("premier", "second");
        anaPage.test(anaPage.find(Button.class).withClassName("priorities-down").first()).click();
        assertThat(dialog.list.getElement().getTextRecursively()).containsSubsequence("second", "premier");
        anaPage.test(anaPage.find(Button.class).withClassName("decide-agreed").first()).click();

        assertThat(service.getCard(ana, board.getId(), second.getId()).getStatus())
                .isEqualTo(CardStatus.AGREED);
        assertThat(service.getCard(ana, board.getId(), first.getId()).getStatus()).isNull();
        bruno.activate();
        assertThat(CanvasProbe.sentTo(bruno.getUI()).stream().map(Call::argumentsText))
                .anyMatch(a -> a.contains(second.getId()) && a.contains("\"status\":\"agreed\"")
                        && a.contains("\"locked\":true"));

        bruno.test(view(bruno).prioritiesButton).click();
        assertThat(bruno.find(Button.class).withClassName("decide-agreed").all()).as("read-only for others").isEmpty();
    }

    @Test
    void privateContentNeverReachesAnotherParticipantsBrowser() {
        BrowserlessUIContext anaPage = facilitatorPage();
        anaPage.test(view(anaPage).facilitatorControls.privateWriting).click();
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

        anaPage.test(view(anaPage).facilitatorControls.privateWriting).click(); // reveal
        chloe.activate();
        assertThat(CanvasProbe.sentTo(chloe.getUI()).stream().filter(c -> c.function().equals("setBoard"))
                .findFirst().orElseThrow().argumentsText()).contains("le fail secret de Bruno");
    }

    @Test
    void theTimerAndTheSpotlightReachEveryPage() {
        Card fail = service.addCard(ana, board.getId(), NewCard.of("fails", "le fail présenté"));
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        assertThat(view(bruno).facilitatorControls).isNull();
        assertThat(view(bruno).timer.getElement().getAttribute("data-running")).isEqualTo("false");

        anaPage.activate();
        anaPage.test(view(anaPage).facilitatorControls.timerToggle).click();
        CanvasProbe.gesture(view(anaPage).canvas, "openCard", fail.getId());
        anaPage.test(button(anaPage, "card-spotlight")).click();

        bruno.activate();
        List<Call> calls = CanvasProbe.sentTo(bruno.getUI());
        assertThat(view(bruno).timer.getElement().getAttribute("data-running")).isEqualTo("true");
        assertThat(Long.parseLong(view(bruno).timer.getElement().getAttribute("data-remaining-ms")))
                .isBetween(290_000L, 300_000L);
        assertThat(calls.stream().filter(c -> c.function().equals("setSession")).reduce((a, b) -> b).orElseThrow()
                .argumentsText()).contains("\"spotlight\":\"" + fail.getId() + "\"");
    }

    @Test
    void aCommentAppearsLiveInTheOpenSheetAndOnTheCard() {
        Card fail = service.addCard(ana, board.getId(), NewCard.of("fails", "le salon vide"));
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        anaPage.activate();
        CanvasProbe.gesture(view(anaPage).canvas, "openCard", fail.getId());

        bruno.activate();
        CanvasProbe.gesture(view(bruno).canvas, "openCard", fail.getId());
        bruno.test(bruno.find(TextField.class).withId("comment-text").single()).setValue("Vu des ventes : trop tôt");
        bruno.test(button(bruno, "comment-add")).click();

        anaPage.activate();
        List<Call> toAna = CanvasProbe.sentTo(anaPage.getUI());
        assertThat(view(anaPage).openEditor().commentList.getElement().getTextRecursively())
                .contains("Bruno").contains("Vu des ventes : trop tôt");
        assertThat(toAna.stream().map(Call::argumentsText)).anyMatch(a -> a.contains("\"comments\":1"));
    }

    @Test
    void theFacilitatorGroupsACardFromItsSheet() {
        Card fail = service.addCard(ana, board.getId(), NewCard.of("fails", "salon vide"));
        BrowserlessUIContext anaPage = facilitatorPage();
        CanvasProbe.gesture(view(anaPage).canvas, "openCard", fail.getId());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> group = anaPage
                .find(com.vaadin.flow.component.combobox.ComboBox.class).withId("card-group").single();
        group.setValue("Pas de test de cible");

        assertThat(service.getCard(ana, board.getId(), fail.getId()).getGroup()).isEqualTo("Pas de test de cible");
        assertThat(CanvasProbe.sentTo(anaPage.getUI()).stream().map(Call::argumentsText))
                .anyMatch(a -> a.contains("\"group\":\"Pas de test de cible\""));
    }

    @Test
    void facilitatorsAndObserversGetTheExportLinksParticipantsDoNot() {
        BrowserlessUIContext anaPage = facilitatorPage();
        BrowserlessUIContext bruno = guestPage("Bruno", Role.PARTICIPANT);
        BrowserlessUIContext chloe = guestPage("Chloé", Role.OBSERVER);

        anaPage.activate();
        assertThat(anaPage.find(com.vaadin.flow.component.html.Anchor.class).withId("export-json").all()).hasSize(1);
        bruno.activate();
        assertThat(bruno.find(com.vaadin.flow.component.html.Anchor.class).withId("export-json").all()).isEmpty();
        chloe.activate();
        assertThat(chloe.find(com.vaadin.flow.component.html.Anchor.class).withId("export-csv").all()).hasSize(1);
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
        assertThat(access.findInvite(People.secretOf(url))).isPresent();
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
        BrowserlessUIContext anaPage = app.newUser(People.authentication(anaUser)).newWindow();
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
        BrowserlessUIContext stranger = app.newUser(People.authentication(people.account("Zoé"))).newWindow();
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
            assertThat(call.arguments()).containsExactly(card.getId());
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

    /** Ana, signed in, opens the board; her canvas reports ready and receives the board. */
    private BrowserlessUIContext facilitatorPage() {
        BrowserlessUIContext window = app.newUser(People.authentication(anaUser)).newWindow();
        window.navigate("boards/" + board.getId(), BoardView.class);
        return ready(window);
    }

    /** A new browser opens an invite link Ana created, gives a name and lands on the board. */
    private BrowserlessUIContext guestPage(String name, Role role) {
        String url = access.createInvite(ana, board.getId(), role, null).url();
        BrowserlessUIContext window = app.newUser().newWindow();
        window.navigate("join/" + People.secretOf(url), JoinView.class);
        window.test(window.find(TextField.class).withId("guest-name").single()).setValue(name);
        window.test(window.find(Button.class).withId("guest-join").single()).click();
        assertThat(window.getCurrentView()).isInstanceOf(BoardView.class);
        return ready(window);
    }

    private static BrowserlessUIContext ready(BrowserlessUIContext window) {
        CanvasProbe.gesture(view(window).canvas, "ready");
        assertThat(CanvasProbe.sentTo(window.getUI())).extracting(Call::function)
                .containsExactly("setBoard", "setSession");
        return window;
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
