package app.atelier.presence;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.access.Actor;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceServiceTest {
    private final PresenceService presence = new PresenceService();
    private final Actor ana = Actor.guest("1", "Ana");
    private final Actor bruno = Actor.guest("2", "Bruno");

    @Test
    void everyoneOnTheBoardLearnsWhoArrivesAndLeaves() {
        List<List<Actor>> seenByAna = new ArrayList<>();
        Registration anaSeat = presence.join("board", ana, seenByAna::add);
        Registration brunoSeat = presence.join("board", bruno, people -> { });

        assertThat(seenByAna.getLast()).containsExactly(ana, bruno);
        brunoSeat.remove();
        assertThat(seenByAna.getLast()).containsExactly(ana);

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
}
