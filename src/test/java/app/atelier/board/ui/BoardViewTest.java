package app.atelier.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.board.Board;
import app.atelier.board.BoardEventBus;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.board.ui.CanvasProbe.Call;
import app.atelier.presence.PresenceService;
import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
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

/** Two people on one board, without a browser: what each one's page is sent, and what they can do. */
@SpringBootTest
class BoardViewTest {
    @Autowired
    ApplicationContext spring;
    @Autowired
    BoardService service;
    @Autowired
    BoardEventBus bus;
    @Autowired
    PresenceService presence;

    private BrowserlessApplicationContext app;
    private Board board;

    @BeforeEach
    void setUp() {
        app = SpringBrowserlessApplicationContext.create(spring, HomeView.class);
        board = service.createBoard("Mur des fails", "mur-des-fails");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void aCardAddedByOnePersonReachesTheOthersPage() {
        BrowserlessUIContext ana = join("Ana");
        BrowserlessUIContext bruno = join("Bruno");
        CanvasProbe.sentTo(bruno.getUI());

        ana.activate();
        CanvasProbe.gesture(view(ana).canvas, "requestNewCard", "patterns");
        ana.test(field(ana, "card-text")).setValue("On lance toujours sans tester");
        ana.test(button(ana, "card-save")).click();

        Card card = service.cards(board.getId()).getFirst();
        assertThat(card.getText()).isEqualTo("On lance toujours sans tester");
        assertThat(card.getAuthor()).isEqualTo("Ana");
        bruno.activate();
        List<Call> toBruno = CanvasProbe.sentTo(bruno.getUI());
        assertThat(toBruno).singleElement().satisfies(call -> {
            assertThat(call.function()).isEqualTo("upsertCard");
            assertThat(call.argumentsText()).contains(card.getId()).contains("On lance toujours sans tester")
                    .contains("\"author\":\"Ana\"");
        });
    }

    @Test
    void theBoardIsSentOnceThenOnlyTheCardThatChanged() {
        Card existing = service.addCard(board.getId(), NewCard.of("patterns", "déjà là"), null);
        BrowserlessUIContext ana = join("Ana");
        // join() consumed the initial setBoard; check it carried the card
        service.addCard(board.getId(), NewCard.of("golden-rules", "Règle n°1"), null);
        service.moveCard(board.getId(), existing.getId(), "fails", 0.5, 0.5);

        List<Call> calls = CanvasProbe.sentTo(ana.getUI());

        assertThat(calls).extracting(Call::function).containsExactly("upsertCard", "upsertCard");
        assertThat(calls.get(0).argumentsText()).contains("Règle n°1").doesNotContain("déjà là");
        assertThat(calls.get(1).argumentsText()).contains(existing.getId()).contains("\"zone\":\"fails\"");
    }

    @Test
    void theFirstPageOfABoardCarriesItsCardsAndLayout() {
        service.addCard(board.getId(), NewCard.of("patterns", "<b>pas du HTML</b>"), null);
        BrowserlessUIContext ana = app.newUser().newWindow();
        ana.navigate("boards/" + board.getId(), BoardView.class);
        assertThat(CanvasProbe.sentTo(ana.getUI())).as("nothing before the canvas asks").isEmpty();

        CanvasProbe.gesture(view(ana).canvas, "ready");
        List<Call> calls = CanvasProbe.sentTo(ana.getUI());

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.function()).isEqualTo("setBoard");
            assertThat(call.argumentsText()).contains("<b>pas du HTML</b>").contains("\"id\":\"golden-rules\"")
                    .contains("Golden rules");
        });
    }

    @Test
    void aReconnectingCanvasGetsTheWholeBoardAgain() {
        BrowserlessUIContext ana = join("Ana");
        service.addCard(board.getId(), NewCard.of("patterns", "écrit pendant la coupure"), null);
        CanvasProbe.sentTo(ana.getUI());

        CanvasProbe.gesture(view(ana).canvas, "ready");

        assertThat(CanvasProbe.sentTo(ana.getUI())).singleElement().satisfies(call -> {
            assertThat(call.function()).isEqualTo("setBoard");
            assertThat(call.argumentsText()).contains("écrit pendant la coupure");
        });
    }

    @Test
    void eventsOfAnotherBoardDoNotReachThisPage() {
        BrowserlessUIContext ana = join("Ana");
        Board other = service.createBoard("Other", "brand-promise");
        service.addCard(other.getId(), NewCard.of("promise", "ailleurs"), null);

        assertThat(CanvasProbe.sentTo(ana.getUI())).isEmpty();
    }

    @Test
    void thePresenceListShowsWhoIsHere() {
        BrowserlessUIContext ana = join("Ana");
        join("Bruno");

        ana.activate();
        CanvasProbe.deliverPushes(ana.getUI());
        assertThat(view(ana).presenceList.names()).containsExactly("Ana", "Bruno");
    }

    @Test
    void theLaterWriterIsToldAndKeepsTheirText() {
        Card card = service.addCard(board.getId(), NewCard.of("patterns", "version 0"), "Ana");
        BrowserlessUIContext ana = join("Ana");
        BrowserlessUIContext bruno = join("Bruno");

        ana.activate();
        CanvasProbe.gesture(view(ana).canvas, "openCard", card.getId());
        bruno.activate();
        CanvasProbe.gesture(view(bruno).canvas, "openCard", card.getId());

        ana.activate();
        ana.test(field(ana, "card-text")).setValue("Ana's words");
        ana.test(button(ana, "card-save")).click();

        bruno.activate();
        bruno.test(field(bruno, "card-text")).setValue("Bruno's words");
        bruno.test(button(bruno, "card-save")).click();

        assertThat(service.getCard(board.getId(), card.getId()).getText()).isEqualTo("Ana's words");
        CardEditor brunosEditor = view(bruno).openEditor();
        assertThat(brunosEditor).isNotNull();
        assertThat(brunosEditor.conflict.isVisible()).isTrue();
        assertThat(brunosEditor.conflict.getElement().getTextRecursively()).contains("Ana's words");
        assertThat(brunosEditor.text.getValue()).isEqualTo("Bruno's words");

        bruno.test(button(bruno, "card-save")).click();
        assertThat(service.getCard(board.getId(), card.getId()).getText()).isEqualTo("Bruno's words");
        assertThat(view(bruno).openEditor()).isNull();
    }

    @Test
    void aMoveByAnotherPersonDoesNotBlockAnEdit() {
        Card card = service.addCard(board.getId(), NewCard.of("patterns", "texte"), "Ana");
        BrowserlessUIContext ana = join("Ana");
        CanvasProbe.gesture(view(ana).canvas, "openCard", card.getId());

        service.moveCard(board.getId(), card.getId(), "golden-rules", 0.3, 0.3);
        ana.test(field(ana, "card-text")).setValue("texte revu");
        ana.test(button(ana, "card-save")).click();

        Card saved = service.getCard(board.getId(), card.getId());
        assertThat(saved.getText()).isEqualTo("texte revu");
        assertThat(saved.getZone()).isEqualTo("golden-rules");
        assertThat(view(ana).openEditor()).isNull();
    }

    @Test
    void aFailOpensAsItsA3Sheet() {
        BrowserlessUIContext ana = join("Ana");
        CanvasProbe.gesture(view(ana).canvas, "requestNewCard", "fails");

        ana.test(field(ana, "card-text")).setValue("Le salon vide");
        ana.test(field(ana, "card-field-context")).setValue("Salon pro, mars");
        ana.test(field(ana, "card-field-impact")).setValue("12 k€ pour 4 leads");
        ana.test(field(ana, "card-field-lessons")).setValue("Valider la cible avant");
        ana.test(button(ana, "card-save")).click();

        Card fail = service.cards(board.getId()).getFirst();
        assertThat(fail.getText()).isEqualTo("Le salon vide");
        assertThat(fail.getFields()).containsEntry("context", "Salon pro, mars")
                .containsEntry("impact", "12 k€ pour 4 leads").containsEntry("lessons", "Valider la cible avant");
    }

    @Test
    void emptyTextIsRefusedInTheEditorAndNothingIsSaved() {
        BrowserlessUIContext ana = join("Ana");
        CanvasProbe.gesture(view(ana).canvas, "requestNewCard", "patterns");
        ana.test(field(ana, "card-text")).setValue("   ");
        ana.test(button(ana, "card-save")).click();

        assertThat(field(ana, "card-text").isInvalid()).isTrue();
        assertThat(field(ana, "card-text").getErrorMessage()).isEqualTo("The card needs some text.");
        assertThat(service.cards(board.getId())).isEmpty();
    }

    @Test
    void dragToAnotherZoneMovesTheCardForEveryone() {
        Card card = service.addCard(board.getId(), NewCard.of("fails", "à déplacer"), null);
        BrowserlessUIContext ana = join("Ana");
        BrowserlessUIContext bruno = join("Bruno");
        CanvasProbe.sentTo(bruno.getUI());

        ana.activate();
        CanvasProbe.gesture(view(ana).canvas, "moveCard", card.getId(), "golden-rules", 0.25, 0.5);

        Card moved = service.getCard(board.getId(), card.getId());
        assertThat(moved.getZone()).isEqualTo("golden-rules");
        assertThat(moved.getX()).isEqualTo(0.25);
        bruno.activate();
        assertThat(CanvasProbe.sentTo(bruno.getUI())).singleElement()
                .satisfies(call -> assertThat(call.argumentsText()).contains("\"zone\":\"golden-rules\""));
    }

    @Test
    void deletingTakesASecondClickAndReachesEveryone() {
        Card card = service.addCard(board.getId(), NewCard.of("patterns", "à supprimer"), "Ana");
        BrowserlessUIContext ana = join("Ana");
        BrowserlessUIContext bruno = join("Bruno");
        ana.activate();
        CanvasProbe.gesture(view(ana).canvas, "openCard", card.getId());

        ana.test(button(ana, "card-delete")).click();
        assertThat(service.cards(board.getId())).as("first click only arms").hasSize(1);
        assertThat(button(ana, "card-delete").getText()).isEqualTo("Click again to delete");
        ana.test(button(ana, "card-delete")).click();

        assertThat(service.cards(board.getId())).isEmpty();
        bruno.activate();
        assertThat(CanvasProbe.sentTo(bruno.getUI())).singleElement().satisfies(call -> {
            assertThat(call.function()).isEqualTo("removeCard");
            assertThat(call.arguments()).containsExactly(card.getId());
        });
    }

    @Test
    void closedPagesLeaveNoSubscriptionBehind() {
        BrowserlessUIContext ana = join("Ana");
        BrowserlessUIContext bruno = join("Bruno");
        assertThat(bus.listenerCount(board.getId())).isEqualTo(2);
        assertThat(presence.seatCount(board.getId())).isEqualTo(2);

        CanvasProbe.closeWindow(ana.getUI());
        CanvasProbe.closeWindow(bruno.getUI());

        assertThat(bus.listenerCount(board.getId())).isZero();
        assertThat(presence.seatCount(board.getId())).isZero();
    }

    @Test
    void navigatingAwayUnsubscribes() {
        BrowserlessUIContext ana = join("Ana");
        ana.navigate(HomeView.class);

        assertThat(bus.listenerCount(board.getId())).isZero();
        assertThat(presence.seatCount(board.getId())).isZero();
    }

    /** Opens the board in a new browser session and answers the name dialog. */
    private BrowserlessUIContext join(String name) {
        BrowserlessUIContext window = app.newUser().newWindow();
        window.navigate("boards/" + board.getId(), BoardView.class);
        window.test(window.find(TextField.class).withId("display-name").single()).setValue(name);
        window.test(window.find(Button.class).withId("join-board").single()).click();
        CanvasProbe.gesture(view(window).canvas, "ready");
        assertThat(CanvasProbe.sentTo(window.getUI())).extracting(Call::function).containsExactly("setBoard");
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
