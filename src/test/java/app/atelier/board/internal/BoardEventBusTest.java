package app.atelier.board.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.security.Actor;
import app.atelier.support.People;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BoardEventBusTest {
    @Autowired
    BoardEventBus bus;
    @Autowired
    BoardService service;
    @Autowired
    People people;

    private Actor ana;
    private String a;
    private String b;

    @BeforeEach
    void setUp() {
        ana = people.account("Ana").actor();
        a = service.createBoard(ana, "A", "brand-promise").getId();
        b = service.createBoard(ana, "B", "brand-promise").getId();
    }

    @Test
    void anEventReachesTheListenersOfItsBoardAndNoOther() {
        List<BoardEvent> onA = new ArrayList<>();
        List<BoardEvent> onB = new ArrayList<>();
        bus.subscribe(a, onA::add);
        bus.subscribe(b, onB::add);

        bus.publish(new BoardEvent.CardDeleted(a, "card-1"));

        assertThat(onA).containsExactly(new BoardEvent.CardDeleted(a, "card-1"));
        assertThat(onB).isEmpty();
    }

    @Test
    void eventsThatQueueWhileAPageIsBeingToldReachItTogetherInOrder() throws Exception {
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        // a slow page first, then three on the other lanes, then the page watched: on the slow one's lane
        bus.subscribeInRuns(a, run -> {
            if (entered.getCount() > 0) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, () -> { });
        for (int i = 0; i < 3; i++) {
            bus.subscribe(a, e -> { });
        }
        List<List<BoardEvent>> runs = new java.util.concurrent.CopyOnWriteArrayList<>();
        bus.subscribeInRuns(a, run -> runs.add(run.stream().map(BoardEventLog.Entry::event).toList()), () -> { });

        Thread writer = Thread.ofVirtual().start(() -> bus.publish(new BoardEvent.CardDeleted(a, "card-1")));
        entered.await();
        bus.publish(new BoardEvent.CardDeleted(a, "card-2"));
        bus.publish(new BoardEvent.CardDeleted(a, "card-3"));
        assertThat(runs).as("the lane is still telling the first event").isEmpty();
        release.countDown();
        writer.join();

        // the thread telling the lane may be the node's feed (it too offers what it reads from the log): it goes on
        // after the release on its own time
        await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> assertThat(runs).containsExactly(
                List.of(new BoardEvent.CardDeleted(a, "card-1")),
                List.of(new BoardEvent.CardDeleted(a, "card-2"), new BoardEvent.CardDeleted(a, "card-3"))));
    }

    @Test
    void unsubscribingLeavesNothingBehind() {
        Registration first = bus.subscribe(a, e -> { });
        Registration second = bus.subscribe(a, e -> { });
        assertThat(bus.listenerCount(a)).isEqualTo(2);

        first.remove();
        second.remove();

        assertThat(bus.listenerCount(a)).isZero();
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        List<BoardEvent> received = new ArrayList<>();
        bus.subscribe(a, e -> {
            throw new IllegalStateException("broken view");
        });
        bus.subscribe(a, received::add);

        bus.publish(new BoardEvent.CardDeleted(a, "x"));

        assertThat(received).hasSize(1);
    }
}
