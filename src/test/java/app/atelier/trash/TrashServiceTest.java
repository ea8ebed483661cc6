package app.atelier.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.NotFoundException;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.discussion.Comment;
import app.atelier.discussion.CommentService;
import app.atelier.image.ImageService;
import app.atelier.security.Actor;
import app.atelier.session.SessionService;
import app.atelier.support.TestImages;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The trash: a deleted card with all that hangs on it, who may bring it back, and when it goes for good. */
@SpringBootTest
class TrashServiceTest {
    @Autowired
    TrashService trash;
    @Autowired
    BoardService boards;
    @Autowired
    CommentService comments;
    @Autowired
    ImageService images;
    @Autowired
    SessionService sessions;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Workshops workshops;

    private Workshop workshop;
    private Actor paul;
    private Actor lea;
    private Actor olga;
    private Card fail;

    @BeforeEach
    void setUp() {
        workshop = workshops.start("Fanny", "Mur", "mur-des-fails");
        paul = workshop.guest("Paul", Role.PARTICIPANT);
        lea = workshop.guest("Léa", Role.PARTICIPANT);
        olga = workshop.guest("Olga", Role.OBSERVER);
        fail = workshop.card(paul, "fails", "la campagne TikTok");
    }

    @Test
    void aDeletedCardWaitsInTheTrashWithAllThatHangsOnItAndComesBackAsItWas() {
        comments.add(lea, workshop.id(), fail.getId(), "j'y étais");
        byte[] screenshot = TestImages.png(60, 40);
        String image = images.add(paul, workshop.id(), fail.getId(), screenshot).id();

        boards.deleteCard(paul, workshop.id(), fail.getId());

        assertThat(boards.cards(lea, workshop.id())).isEmpty();
        assertThatThrownBy(() -> comments.list(lea, workshop.id(), fail.getId())).isInstanceOf(NotFoundException.class);
        assertThat(trash.list(lea, workshop.id())).singleElement().satisfies(e -> {
            assertThat(e.card().getText()).isEqualTo("la campagne TikTok");
            assertThat(e.deletedBy()).isEqualTo("Paul");
            assertThat(e.keptUntil()).isAfter(Instant.now().plus(Duration.ofDays(29)));
            assertThat(e.mayRestore()).as("not Léa's card").isFalse();
        });
        assertThat(trash.list(paul, workshop.id()).getFirst().mayRestore()).isTrue();
        assertThatThrownBy(() -> trash.restore(lea, workshop.id(), fail.getId())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> trash.restore(olga, workshop.id(), fail.getId())).isInstanceOf(ForbiddenException.class);

        Card back = trash.restore(paul, workshop.id(), fail.getId());

        assertThat(back.getId()).isEqualTo(fail.getId());
        assertThat(back.getVersion()).isGreaterThan(fail.getVersion());
        assertThat(boards.cards(lea, workshop.id())).extracting(Card::getText).containsExactly("la campagne TikTok");
        assertThat(comments.list(lea, workshop.id(), fail.getId())).extracting(Comment::getText)
                .containsExactly("j'y étais");
        assertThat(images.bytes(lea, workshop.id(), fail.getId(), image)).isEqualTo(screenshot);
        assertThat(trash.list(paul, workshop.id())).isEmpty();
        assertThatThrownBy(() -> trash.restore(workshop.facilitator(), workshop.id(), fail.getId()))
                .as("restored once").isInstanceOf(NotFoundException.class);
    }

    @Test
    void privateWritingAndAnonymityHoldInTheTrash() {
        sessions.updateSettings(workshop.facilitator(), workshop.id(), true, true);
        boards.deleteCard(paul, workshop.id(), fail.getId());

        assertThat(trash.list(lea, workshop.id())).as("Paul's private card").isEmpty();
        assertThat(trash.list(workshop.facilitator(), workshop.id())).singleElement().satisfies(e -> {
            assertThat(e.deletedBy()).isNull();
            assertThat(e.card().getAuthor()).isNull();
        });
        assertThat(trash.list(paul, workshop.id())).singleElement()
                .satisfies(e -> assertThat(e.card().getText()).isEqualTo("la campagne TikTok"));
    }

    @Test
    void aFacilitatorPurgesForGoodAndAgePurgesTheRest() {
        comments.add(lea, workshop.id(), fail.getId(), "j'y étais");
        Card other = workshop.card(lea, "fails", "le salon");
        Card old = workshop.card(lea, "fails", "l'affiche");
        for (Card card : new Card[] {fail, other, old}) {
            boards.deleteCard(workshop.facilitator(), workshop.id(), card.getId());
        }
        assertThatThrownBy(() -> trash.purge(paul, workshop.id(), fail.getId())).isInstanceOf(ForbiddenException.class);

        trash.purge(workshop.facilitator(), workshop.id(), fail.getId());
        assertThat(mongo.count(Query.query(where("cardId").is(fail.getId())), Comment.class)).isZero();
        assertThatThrownBy(() -> trash.restore(paul, workshop.id(), fail.getId())).isInstanceOf(NotFoundException.class);

        mongo.updateFirst(Query.query(where("_id").is(old.getId())),
                new Update().set("deletedAt", Instant.now().minus(Duration.ofDays(31))), TrashedCard.class);
        trash.purgeOld();
        assertThat(trash.list(workshop.facilitator(), workshop.id())).extracting(e -> e.card().getId())
                .containsExactly(other.getId());

        assertThat(trash.empty(workshop.facilitator(), workshop.id())).isEqualTo(1);
        assertThat(trash.list(workshop.facilitator(), workshop.id())).isEmpty();
    }

    @Test
    void aCardComesBackOnlyWhenTheSessionLetsItsAuthorWrite() {
        boards.deleteCard(paul, workshop.id(), fail.getId());
        sessions.setPhase(workshop.facilitator(), workshop.id(), "vote");
        assertThatThrownBy(() -> trash.restore(paul, workshop.id(), fail.getId())).isInstanceOf(ForbiddenException.class);
        assertThat(trash.restore(workshop.facilitator(), workshop.id(), fail.getId()).getText())
                .isEqualTo("la campagne TikTok");
    }
}
