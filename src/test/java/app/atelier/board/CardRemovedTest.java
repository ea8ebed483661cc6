package app.atelier.board;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Role;
import app.atelier.security.Actor;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import app.atelier.trash.TrashService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

/** The features built on a board hear once of a card gone for good (purged from the trash), and of nothing else. */
@SpringBootTest
@ExtendWith(PublishedEventsExtension.class)
class CardRemovedTest {
    @Autowired
    BoardService boards;
    @Autowired
    TrashService trash;
    @Autowired
    Workshops workshops;

    @Test
    void aCardGoneForGoodIsAnnouncedOnceToTheFeatures(AssertablePublishedEvents events) {
        Workshop workshop = workshops.start("Ana", "Mur", "mur-des-fails");
        Actor paul = workshop.guest("Paul", Role.PARTICIPANT);
        Card kept = workshop.card(paul, "fails", "reste");
        Card gone = workshop.card(paul, "fails", "part");
        boards.moveCard(paul, workshop.id(), kept.getId(), "fails", 0.5, 0.5);

        boards.deleteCard(paul, workshop.id(), gone.getId());
        assertThat(events.ofType(CardRemoved.class)).as("in the trash, it may come back").isEmpty();
        trash.purge(workshop.facilitator(), workshop.id(), gone.getId());
        trash.empty(workshop.facilitator(), workshop.id());

        assertThat(events.ofType(CardRemoved.class)).containsExactly(new CardRemoved(workshop.id(), gone.getId()));
    }
}
