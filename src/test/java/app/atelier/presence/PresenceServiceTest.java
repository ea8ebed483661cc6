package app.atelier.presence;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.security.Actor;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PresenceServiceTest {
    private final PresenceService presence = new PresenceService(Duration.ZERO);
    private final Actor ana = Actor.guest("1", "Ana");
    private final Actor bruno = Actor.guest("2", "Bruno");

    @Test
    void everyoneOnTheBoardLearnsWhoArrivesAndLeaves() {
        List<PresenceService.Presence> seenByAna = new CopyOnWriteArrayList<>();
        Registration anaSeat = presence.join("board", ana, seenByAna::add);
        Registration brunoSeat = presence.join("board", bruno, people -> { });

        assertThat(seenByAna.getLast().named()).containsExactly(ana, bruno);
        brunoSeat.remove();
        assertThat(seenByAna.getLast().named()).containsExactly(ana);
        assertThat(seenByAna.getLast().count()).isEqualTo(1);

        anaSeat.remove();
        assertThat(presence.seatCount("board")).isZero();
    }

    @Test
    void twoTabsOfOnePersonCountOnce() {
        Registration tab1 = presence.join("board", ana, people -> { });
        Registration tab2 = presence.join("board", ana, people -> { });

        assertThat(presence.present("board")).containsExactly(ana);
        assertThat(presence.seatCount("board")).isEqualTo(2);
        tab1.remove();
        assertThat(presence.present("board")).containsExactly(ana);
        tab2.remove();
        assertThat(presence.present("board")).isEmpty();
    }

    @Test
    void boardsDoNotShareTheirPeople() {
        presence.join("one", ana, people -> { });
        presence.join("two", bruno, people -> { });

        assertThat(presence.present("one")).containsExactly(ana);
        assertThat(presence.present("two")).containsExactly(bruno);
    }

    @Test
    void aCrowdArrivingIsToldInAFewSmallMessages() throws InterruptedException {
        PresenceService coalescing = new PresenceService(Duration.ofMillis(300));
        List<PresenceService.Presence> seenByAna = new CopyOnWriteArrayList<>();
        coalescing.join("board", ana, seenByAna::add);
        for (int i = 0; i < 200; i++) {
            coalescing.join("board", Actor.guest("g" + i, "Guest " + i), people -> { });
        }
        Thread.sleep(1_000);

        // the room on joining, the first arrival at once, everyone after it in one message at the window's end
        assertThat(seenByAna).hasSizeLessThanOrEqualTo(3);
        assertThat(seenByAna.getLast().count()).isEqualTo(201);
        assertThat(seenByAna.getLast().named()).hasSize(PresenceService.NAMED).startsWith(ana);
        coalescing.stop();
    }
}
