package app.atelier.board.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.atelier.board.BoardService;
import app.atelier.board.NewCard;
import app.atelier.security.AtelierUser;
import app.atelier.support.Node;
import app.atelier.support.People;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The change-stream feed, on a store that has change streams (the embedded one with its oplog switched on, as only
 * tests do): two nodes hear each other through the stream alone (polling is not running).
 */
class ChangeStreamFeedTest {
    private static final String CHANGE_STREAM = "--atelier.cluster.feed=change-stream";

    @Test
    void twoNodesHearEachOtherThroughOneChangeStreamEach() {
        try (Node a = Node.withStore(CHANGE_STREAM, "--atelier.store.oplog=true"); Node b = a.another(CHANGE_STREAM)) {
            assertThat(b.bean(EventFeeds.class).feedName()).contains("change stream");
            AtelierUser ana = a.bean(People.class).account("Ana");
            String boardId = a.bean(BoardService.class).createBoard(ana.actor(), "Flux", "brand-promise").getId();
            List<Long> heardOnB = new CopyOnWriteArrayList<>();
            b.bean(BoardEventBus.class).follow(boardId, 0, entry -> heardOnB.add(entry.seq()), () -> { });

            for (int i = 0; i < 5; i++) {
                a.bean(BoardService.class).addCard(ana.actor(), boardId, NewCard.of("promise", "carte " + i));
            }

            await().atMost(Duration.ofSeconds(5)).until(() -> heardOnB.size() == 5);
            assertThat(heardOnB).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(b.bean(BoardService.class).cards(ana.actor(), boardId)).hasSize(5);
        }
    }
}
