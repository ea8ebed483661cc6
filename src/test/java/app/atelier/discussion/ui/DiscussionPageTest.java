package app.atelier.discussion.ui;

import static app.atelier.support.BoardPages.click;
import static app.atelier.support.BoardPages.find;
import static app.atelier.support.BoardPages.gesture;
import static app.atelier.support.BoardPages.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.support.BoardPageTests;
import app.atelier.support.CanvasProbe.Call;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Comments and groups in a card's sheet, live on people's pages. */
class DiscussionPageTest extends BoardPageTests {
    @Autowired
    BoardService service;

    @Test
    void aCommentAppearsLiveInTheOpenSheetAndOnTheCard() {
        Card fail = workshop.card("fails", "le salon vide");
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        gesture(ana, "openCard", fail.getId());

        gesture(bruno, "openCard", fail.getId());
        bruno.test(find(bruno, TextField.class, "comment-text")).setValue("Vu des ventes : trop tôt");
        click(bruno, "comment-add");

        List<Call> toAna = sent(ana);
        assertThat(find(ana, Div.class, "card-comments").getElement().getTextRecursively())
                .contains("Bruno").contains("Vu des ventes : trop tôt");
        assertThat(toAna.stream().map(Call::argumentsText)).anyMatch(a -> a.contains("\"comments\":1"));
    }

    @Test
    void anEmptyCommentIsMarkedOnTheFieldAndNothingIsSaved() {
        Card fail = workshop.card("fails", "le salon vide");
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        gesture(bruno, "openCard", fail.getId());
        bruno.test(find(bruno, TextField.class, "comment-text")).setValue("   ");
        click(bruno, "comment-add");

        assertThat(find(bruno, TextField.class, "comment-text").isInvalid()).isTrue();
        assertThat(service.getCard(workshop.facilitator(), workshop.id(), fail.getId()).getComments()).isZero();
    }

    @Test
    void theFacilitatorGroupsACardFromItsSheet() {
        Card fail = workshop.card("fails", "salon vide");
        BrowserlessUIContext ana = pages.facilitator();
        gesture(ana, "openCard", fail.getId());
        @SuppressWarnings("unchecked")
        ComboBox<String> group = ana.find(ComboBox.class).withId("card-group").single();
        group.setValue("Pas de test de cible");

        assertThat(service.getCard(workshop.facilitator(), workshop.id(), fail.getId()).getGroup())
                .isEqualTo("Pas de test de cible");
        assertThat(sent(ana).stream().map(Call::argumentsText))
                .anyMatch(a -> a.contains("\"group\":\"Pas de test de cible\""));
    }
}
