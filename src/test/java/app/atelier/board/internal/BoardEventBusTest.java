package app.atelier.board.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
