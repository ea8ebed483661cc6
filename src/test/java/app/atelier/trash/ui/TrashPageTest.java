package app.atelier.trash.ui;

import static app.atelier.support.BoardPages.click;
import static app.atelier.support.BoardPages.find;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.security.Actor;
import app.atelier.security.AtelierUser;
import app.atelier.support.BoardPageTests;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The trash and undo on people's pages: restore from the dialog; the undo and redo buttons. */
class TrashPageTest extends BoardPageTests {
    @Autowired
    BoardService boards;

    @Test
    void theAuthorRestoresFromTheTrashAnotherParticipantOnlySeesIt() {
        AtelierUser paulsAccount = workshop.member("Paul", Role.PARTICIPANT);
        Actor paul = paulsAccount.actor();
        BrowserlessUIContext paulsPage = pages.open(paulsAccount);
        BrowserlessUIContext lea = pages.guest("Léa", Role.PARTICIPANT);
        Card fail = workshop.card(paul, "fails", "le salon vide");
        boards.deleteCard(paul, workshop.id(), fail.getId());

        click(lea, "board-trash");
        TrashDialog leasTrash = lea.find(TrashDialog.class).single();
        assertThat(leasTrash.entries.getElement().getTextRecursively()).contains("le salon vide", "Paul");
        assertThat(find(lea, Button.class, "trash-restore-" + fail.getId())).as("not Léa's card").isNull();
        assertThat(find(lea, Button.class, "trash-empty")).isNull();

        click(paulsPage, "board-trash");
        click(paulsPage, "trash-restore-" + fail.getId());
        assertThat(boards.cards(paul, workshop.id())).extracting(Card::getText).containsExactly("le salon vide");
        assertThat(paulsPage.find(TrashDialog.class).single().entries.getElement().getTextRecursively())
                .doesNotContain("le salon vide");
    }

    @Test
    void theUndoAndRedoButtonsTakeBackOnesOwnEdit() {
        Card fail = workshop.card("fails", "avant");
        boards.updateCard(workshop.facilitator(), workshop.id(), fail.getId(), CardChanges.content("après", null,
                null), null);
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext observer = pages.guest("Olga", Role.OBSERVER);
        assertThat(find(observer, Button.class, "board-undo")).as("observers change nothing").isNull();

        click(ana, "board-undo");
        assertThat(boards.getCard(workshop.facilitator(), workshop.id(), fail.getId()).getText()).isEqualTo("avant");
        click(ana, "board-redo");
        assertThat(boards.getCard(workshop.facilitator(), workshop.id(), fail.getId()).getText()).isEqualTo("après");
    }
}
