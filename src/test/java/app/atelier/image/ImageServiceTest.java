package app.atelier.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.LimitReachedException;
import app.atelier.base.NotFoundException;
import app.atelier.base.TooLargeException;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.CardImage;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.TestImages;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import app.atelier.trash.TrashService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Images on cards through the service: what is taken, who may add, see and remove them, and the limits. */
@SpringBootTest
class ImageServiceTest {
    @Autowired
    ImageService images;
    @Autowired
    TrashService trash;
    @Autowired
    ImageQuota quota;
    @Autowired
    BoardService boards;
    @Autowired
    SessionService sessions;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Workshops workshops;

    private Workshop workshop;
    private Actor paul;
    private Card fail;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Mur", "mur-des-fails");
        paul = workshop.guest("Paul", Role.PARTICIPANT);
        fail = workshop.card(paul, "fails", "la courbe en chute libre");
    }

    @Test
    void pngJpegGifAndWebpAreTakenWithAThumbnailThatIsNeverEnlarged() throws IOException {
        CardImage png = images.add(paul, workshop.id(), fail.getId(), TestImages.png(1600, 900));
        CardImage jpeg = images.add(paul, workshop.id(), fail.getId(), TestImages.jpeg(640, 480));
        CardImage gif = images.add(paul, workshop.id(), fail.getId(), TestImages.gif(100, 50));
        CardImage webp = images.add(paul, workshop.id(), fail.getId(), TestImages.webp());

        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(gif.contentType()).isEqualTo("image/gif");
        assertThat(webp.contentType()).isEqualTo("image/webp");
        assertThat(png.width()).isEqualTo(1600);
        BufferedImage thumbnail = read(images.read(paul, workshop.id(), fail.getId(), png.id(), true).bytes());
        assertThat(thumbnail.getWidth()).isEqualTo(ImageIntake.THUMBNAIL_SIDE);
        assertThat(thumbnail.getHeight()).isEqualTo(270);
        assertThat(read(images.read(paul, workshop.id(), fail.getId(), gif.id(), true).bytes()).getWidth())
                .as("a small image is not enlarged").isEqualTo(100);
        assertThat(images.read(paul, workshop.id(), fail.getId(), png.id(), false).bytes().readAllBytes())
                .isEqualTo(TestImages.png(1600, 900));
        assertThat(boards.getCard(paul, workshop.id(), fail.getId()).getImages()).extracting(CardImage::id)
                .containsExactly(png.id(), jpeg.id(), gif.id(), webp.id());
    }

    @Test
    void theTypeComesFromTheBytesAndBadFilesChangeNothing() {
        byte[] text = "=HYPERLINK(\"http://x\")".getBytes();
        assertThatThrownBy(() -> images.add(paul, workshop.id(), fail.getId(), text))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.image.type"));
        byte[] brokenPng = TestImages.png(20, 20);
        for (int i = 60; i < brokenPng.length; i++) {
            brokenPng[i] = 0;
        }
        assertThatThrownBy(() -> images.add(paul, workshop.id(), fail.getId(), brokenPng))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.image.unreadable"));
        assertThatThrownBy(() -> images.add(paul, workshop.id(), fail.getId(), TestImages.pngClaiming(20_000,
                20_000))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.image.pixels"));
        assertThatThrownBy(() -> images.add(paul, workshop.id(), fail.getId(), new byte[0]))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> images.add(paul, workshop.id(), fail.getId(),
                new byte[(int) images.maxBytes() + 1])).isInstanceOf(TooLargeException.class);

        assertThat(boards.getCard(paul, workshop.id(), fail.getId()).getImages()).isEmpty();
        assertThat(mongo.getCollection("fs.files").countDocuments(
                new org.bson.Document("metadata.cardId", fail.getId()))).isZero();
        assertThat(quota.used(workshop.id())).isZero();
    }

    @Test
    void onlyWhoMayEditTheCardAddsOrRemovesImages() {
        Actor lea = workshop.guest("Léa", Role.PARTICIPANT);
        Actor olga = workshop.guest("Olga", Role.OBSERVER);
        assertThatThrownBy(() -> images.add(lea, workshop.id(), fail.getId(), TestImages.png(10, 10)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> images.add(olga, workshop.id(), fail.getId(), TestImages.png(10, 10)))
                .isInstanceOf(ForbiddenException.class);
        CardImage added = images.add(workshop.facilitator(), workshop.id(), fail.getId(), TestImages.png(10, 10));
        assertThatThrownBy(() -> images.delete(lea, workshop.id(), fail.getId(), added.id()))
                .isInstanceOf(ForbiddenException.class);
        sessions.setCardLocked(workshop.facilitator(), workshop.id(), fail.getId(), true);
        assertThatThrownBy(() -> images.add(paul, workshop.id(), fail.getId(), TestImages.png(10, 10)))
                .as("a locked card takes no image from its author either").isInstanceOf(ForbiddenException.class);
        sessions.setCardLocked(workshop.facilitator(), workshop.id(), fail.getId(), false);

        images.delete(paul, workshop.id(), fail.getId(), added.id());

        assertThat(boards.getCard(paul, workshop.id(), fail.getId()).getImages()).isEmpty();
        assertThatThrownBy(() -> images.read(olga, workshop.id(), fail.getId(), added.id(), false))
                .isInstanceOf(NotFoundException.class);
        assertThat(quota.used(workshop.id())).isZero();
    }

    @Test
    void anImageIsSeenOnlyByWhoMaySeeItsCard() {
        Actor stranger = workshops.start("Sam", "Ailleurs", "brand-promise").facilitator();
        sessions.updateSettings(workshop.facilitator(), workshop.id(), true, null);
        Card secret = workshop.card(paul, "fails", "privé");
        CardImage image = images.add(paul, workshop.id(), secret.getId(), TestImages.png(10, 10));
        Actor lea = workshop.guest("Léa", Role.PARTICIPANT);

        assertThatThrownBy(() -> images.read(stranger, workshop.id(), secret.getId(), image.id(), false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> images.read(lea, workshop.id(), secret.getId(), image.id(), true))
                .as("private writing: not yet revealed").isInstanceOf(NotFoundException.class);
        assertThat(boards.getCard(lea, workshop.id(), secret.getId()).getImages()).isEmpty();
        assertThat(images.read(workshop.facilitator(), workshop.id(), secret.getId(), image.id(), true).length())
                .isPositive();

        sessions.updateSettings(workshop.facilitator(), workshop.id(), false, null); // the reveal
        assertThat(images.read(lea, workshop.id(), secret.getId(), image.id(), false).contentType())
                .isEqualTo("image/png");
        assertThatThrownBy(() -> images.read(lea, workshop.id(), fail.getId(), image.id(), false))
                .as("an image is found through its own card only").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCardDeletedForGoodTakesItsImagesAndGivesTheirPlaceBack() {
        images.add(paul, workshop.id(), fail.getId(), TestImages.png(30, 30));
        images.add(paul, workshop.id(), fail.getId(), TestImages.jpeg(30, 30));
        assertThat(quota.used(workshop.id())).isPositive();

        boards.deleteCard(paul, workshop.id(), fail.getId());
        assertThat(quota.used(workshop.id())).as("kept with the card in the trash").isPositive();
        trash.purge(workshop.facilitator(), workshop.id(), fail.getId());

        assertThat(mongo.getCollection("fs.files").countDocuments(
                new org.bson.Document("metadata.cardId", fail.getId()))).isZero();
        assertThat(quota.used(workshop.id())).isZero();
    }

    @Test
    void aCardHoldsAFewImagesAndABoardItsQuota() {
        for (int i = 0; i < 6; i++) {
            images.add(paul, workshop.id(), fail.getId(), TestImages.png(8, 8));
        }
        assertThatThrownBy(() -> images.add(paul, workshop.id(), fail.getId(), TestImages.png(8, 8)))
                .isInstanceOf(LimitReachedException.class);

        Card other = workshop.card(paul, "fails", "un autre");
        byte[] png = TestImages.png(8, 8);
        quota.take(workshop.id(), 100L * 1024 * 1024 - quota.used(workshop.id()) - png.length + 1);
        assertThatThrownBy(() -> images.add(paul, workshop.id(), other.getId(), png))
                .isInstanceOfSatisfying(LimitReachedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.image.quota"));
        assertThat(boards.getCard(paul, workshop.id(), other.getId()).getImages()).isEmpty();
    }

    private static BufferedImage read(InputStream in) throws IOException {
        try (in) {
            return ImageIO.read(new ByteArrayInputStream(in.readAllBytes()));
        }
    }
}
