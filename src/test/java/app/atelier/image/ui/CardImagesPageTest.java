package app.atelier.image.ui;

import static app.atelier.support.BoardPages.gesture;
import static app.atelier.support.BoardPages.sent;
import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.support.BoardPageTests;
import app.atelier.support.CanvasProbe;
import app.atelier.support.CanvasProbe.Call;
import app.atelier.support.TestImages;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A card's images in its sheet, on several people's pages without a browser. */
class CardImagesPageTest extends BoardPageTests {
    @Autowired
    BoardService boards;

    @Test
    void anImageAddedInOneSheetAppearsInTheOthersAndOnEveryCanvasThenGoesAway() {
        Card fail = workshop.card("fails", "le salon vide");
        BrowserlessUIContext ana = pages.facilitator();
        BrowserlessUIContext bruno = pages.guest("Bruno", Role.PARTICIPANT);
        gesture(ana, "openCard", fail.getId());
        gesture(bruno, "openCard", fail.getId());
        assertThat(bruno.find(CardImagesSection.class).single().upload).as("not Bruno's card").isNull();
        sent(bruno);

        ana.activate();
        ana.find(CardImagesSection.class).single().accept(TestImages.png(300, 200));

        List<Call> toBruno = sent(bruno);
        assertThat(toBruno.stream().filter(c -> c.function().equals("upsertCard")).map(Call::argumentsText))
                .anyMatch(a -> a.contains("\"thumb\":\"/board-images/" + workshop.id() + "/" + fail.getId() + "/")
                        && a.contains("/thumbnail\""));
        List<Image> shown = bruno.find(CardImagesSection.class).single().gallery.getChildren()
                .flatMap(frame -> frame.getChildren()).filter(Image.class::isInstance).map(Image.class::cast)
                .toList();
        assertThat(shown).singleElement().satisfies(image -> assertThat(image.getSrc())
                .startsWith("/board-images/" + workshop.id() + "/" + fail.getId() + "/"));
        assertThat(bruno.find(Button.class).withClassName("card-image-delete").all()).isEmpty();

        ana.activate();
        ana.test(ana.find(Button.class).withClassName("card-image-delete").single()).click();
        CanvasProbe.deliverPushes(bruno.getUI());
        assertThat(bruno.find(CardImagesSection.class).single().gallery.getChildren()).isEmpty();
        assertThat(boards.getCard(workshop.facilitator(), workshop.id(), fail.getId()).getImages()).isEmpty();
    }

    @Test
    void aRefusedFileIsSaidAndNothingIsAdded() {
        Card fail = workshop.card("fails", "le salon vide");
        BrowserlessUIContext ana = pages.facilitator();
        gesture(ana, "openCard", fail.getId());

        ana.find(CardImagesSection.class).single().accept("pas une image".getBytes());
        CanvasProbe.deliverPushes(ana.getUI());

        assertThat(ana.find(com.vaadin.flow.component.notification.Notification.class).all())
                .anyMatch(n -> n.getElement().getProperty("text", "").contains("PNG, JPEG, GIF")
                        || n.getElement().getTextRecursively().contains("PNG, JPEG, GIF"));
        assertThat(boards.getCard(workshop.facilitator(), workshop.id(), fail.getId()).getImages()).isEmpty();
    }
}
