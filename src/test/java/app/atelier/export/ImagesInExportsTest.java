package app.atelier.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.InvalidInputException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardImage;
import app.atelier.image.ImageService;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.TestImages;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A card's images travel in the JSON export and come back with an import, checked like any upload. */
@SpringBootTest
class ImagesInExportsTest {
    @Autowired
    SnapshotService snapshots;
    @Autowired
    BoardFormats formats;
    @Autowired
    BoardService boards;
    @Autowired
    ImageService images;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SessionService sessions;
    @Autowired
    Workshops workshops;

    private Workshop workshop;
    private Card fail;
    private byte[] png;
    private byte[] jpeg;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Mur", "mur-des-fails");
        fail = workshop.card("fails", "la courbe");
        png = TestImages.png(120, 80);
        jpeg = TestImages.jpeg(64, 64);
        images.add(workshop.facilitator(), workshop.id(), fail.getId(), png);
        images.add(workshop.facilitator(), workshop.id(), fail.getId(), jpeg);
    }

    @Test
    void theJsonExportCarriesTheImagesAndAnImportBringsThemBack() {
        String json = formats.json(snapshots.snapshot(workshop.facilitator(), workshop.id()));
        assertThat(json).contains(Base64.getEncoder().encodeToString(png)).contains("image/jpeg");

        Board copy = snapshots.restore(workshop.facilitator(), null, formats.readJson(json));

        Card restored = boards.cards(workshop.facilitator(), copy.getId()).getFirst();
        assertThat(restored.getImages()).extracting(CardImage::contentType).containsExactly("image/png", "image/jpeg");
        assertThat(images.bytes(workshop.facilitator(), copy.getId(), restored.getId(),
                restored.getImages().getFirst().id())).isEqualTo(png);
        assertThat(images.read(workshop.facilitator(), copy.getId(), restored.getId(),
                restored.getImages().get(1).id(), true).length()).isPositive();
    }

    @Test
    void theMarkdownAndCsvExportsDoNotReadTheImages() {
        assertThat(snapshots.snapshot(workshop.facilitator(), workshop.id(), false).cards().getFirst().images())
                .hasSize(2).allSatisfy(image -> assertThat(image.data()).isNull());
    }

    @Test
    void anImportWithABadImageIsRefusedWholeAndWritesNothing() {
        String json = formats.json(snapshots.snapshot(workshop.facilitator(), workshop.id()))
                .replace(Base64.getEncoder().encodeToString(jpeg), Base64.getEncoder().encodeToString(
                        "pas une image".getBytes()));
        long files = mongo.getCollection("fs.files").countDocuments();
        long boardCount = mongo.getCollection("boards").countDocuments();

        assertThatThrownBy(() -> snapshots.restore(workshop.facilitator(), null, formats.readJson(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("cards[0].images[1].data");
                    assertThat(e.messageKey()).isEqualTo("error.image.type");
                });
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(files);
        assertThat(mongo.getCollection("boards").countDocuments()).isEqualTo(boardCount);
    }

    @Test
    void aHiddenCardsImagesStayOutOfAnObserversExport() {
        sessions.updateSettings(workshop.facilitator(), workshop.id(), true, null);
        Actor paul = workshop.guest("Paul", Role.PARTICIPANT);
        Card secret = workshop.card(paul, "fails", "le mien, pas encore révélé");
        byte[] screenshot = TestImages.png(33, 33);
        images.add(paul, workshop.id(), secret.getId(), screenshot);
        Actor olga = workshop.guest("Olga", Role.OBSERVER);

        String json = formats.json(snapshots.snapshot(olga, workshop.id()));

        assertThat(json).doesNotContain("pas encore révélé")
                .doesNotContain(Base64.getEncoder().encodeToString(screenshot));
        sessions.updateSettings(workshop.facilitator(), workshop.id(), false, null); // the reveal
        assertThat(formats.json(snapshots.snapshot(olga, workshop.id())))
                .contains(Base64.getEncoder().encodeToString(screenshot));
    }
}
