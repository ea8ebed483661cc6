package app.atelier.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.atelier.security.Actor;
import app.atelier.support.Node;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two real nodes on one store: each shows the people of both; a node that stops beating drops out. */
class PresenceAcrossNodesTest {
    private static final String[] FAST = {"--atelier.presence.heartbeat=200ms", "--atelier.presence.poll=200ms",
            "--atelier.presence.expiry=2s"};

    @Test
    void peopleOnEitherNodeShowOnBothAndADeadNodesPeopleExpire() {
        Actor ana = Actor.guest("g-ana", "Ana");
        Actor bruno = Actor.guest("g-bruno", "Bruno");
        Actor carla = Actor.guest("g-carla", "Carla");
        try (Node a = Node.withStore(FAST); Node b = a.another(FAST)) {
            PresenceService onA = a.bean(PresenceService.class);
            PresenceService onB = b.bean(PresenceService.class);
            onA.join("board", ana, p -> { });
            onB.join("board", bruno, p -> { });

            await().atMost(Duration.ofSeconds(5)).until(() -> onA.present("board").size() == 2);
            assertThat(onA.present("board")).containsExactly(ana, bruno);
            await().atMost(Duration.ofSeconds(5)).until(() -> onB.present("board").size() == 2);

            // a node that wrote its heartbeat once and then died
            SharedPresence store = a.bean(SharedPresence.class);
            store.write("dead-node", "board", List.of(carla), store.now());
            await().atMost(Duration.ofSeconds(5)).until(() -> onA.present("board").contains(carla));
            await().atMost(Duration.ofSeconds(10)).until(() -> !onA.present("board").contains(carla));
            assertThat(store.othersOn(List.of("board"), store.now().minusSeconds(3600)))
                    .as("its stale heartbeat is gone from the store").doesNotContainValue(List.of(carla));

            b.close(); // a clean stop takes its people off at once
            await().atMost(Duration.ofSeconds(5)).until(() -> onA.present("board").equals(List.of(ana)));
        }
    }
}
