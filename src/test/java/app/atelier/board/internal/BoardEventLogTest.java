package app.atelier.board.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.atelier.board.BoardEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The log's numbering and retention, on the real (embedded) store. */
@SpringBootTest
class BoardEventLogTest {
    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    @Autowired
    MongoTemplate mongo;

    private final String boardId = "board-" + UUID.randomUUID();

    @Test
    void writersOnTwoNodesTakeEveryPlaceOnceWithNoHole() throws Exception {
        BoardEventLog nodeA = log(Clock.systemUTC(), 10_000);
        BoardEventLog nodeB = log(Clock.systemUTC(), 10_000);
        ConcurrentLinkedQueue<Long> taken = new ConcurrentLinkedQueue<>();
        // eight writers: appends queue up on each node and are placed together, racing the other node's
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (BoardEventLog node : List.of(nodeA, nodeA, nodeA, nodeA, nodeB, nodeB, nodeB, nodeB)) {
            done.add(writers.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    taken.add(node.append(new BoardEvent.CardDeleted(boardId, "c" + i), "someone").seq());
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();

        List<Long> all = LongStream.rangeClosed(1, 200).boxed().toList();
        assertThat(taken).containsExactlyInAnyOrderElementsOf(all);
        assertThat(nodeB.read(boardId, 0, 500)).extracting(BoardEventLog.Entry::seq).isEqualTo(all);
        assertThat(nodeA.last(boardId)).isEqualTo(200);
        assertThat(log(Clock.systemUTC(), 10_000).last(boardId)).as("a node that just started").isEqualTo(200);
    }

    @Test
    void theChangeItselfIsKeptWithWhoAndWhen() {
        BoardEventLog log = log(Clock.fixed(T0, ZoneOffset.UTC), 10_000);
        log.append(new BoardEvent.AccessChanged(boardId, "m1"), "ana");

        BoardEventLog.Entry entry = log.read(boardId, 0, 1).getFirst();
        assertThat(entry.event()).isEqualTo(new BoardEvent.AccessChanged(boardId, "m1"));
        assertThat(entry.actorId()).isEqualTo("ana");
        assertThat(entry.at()).isEqualTo(T0);
    }

    @Test
    void retentionKeepsTheLastEventsAndEveryRecentOne() {
        BoardEventLog writtenThen = log(Clock.fixed(T0, ZoneOffset.UTC), 3);
        for (int i = 0; i < 10; i++) {
            writtenThen.append(new BoardEvent.CardDeleted(boardId, "c" + i), null);
        }

        log(Clock.fixed(T0.plus(Duration.ofDays(29)), ZoneOffset.UTC), 3).prune();
        assertThat(writtenThen.read(boardId, 0, 10)).as("younger than 30 days: all kept").hasSize(10);
        assertThat(writtenThen.firstKept(boardId)).isEqualTo(1);

        log(Clock.fixed(T0.plus(Duration.ofDays(31)), ZoneOffset.UTC), 3).prune();
        assertThat(writtenThen.read(boardId, 0, 10)).extracting(BoardEventLog.Entry::seq)
                .as("older than 30 days: the last 3 kept").containsExactly(8L, 9L, 10L);
        assertThat(writtenThen.firstKept(boardId)).isEqualTo(8);
        assertThat(writtenThen.append(new BoardEvent.CardDeleted(boardId, "next"), null).seq()).isEqualTo(11);
    }

    private BoardEventLog log(Clock clock, long keepLast) {
        return new BoardEventLog(mongo, clock, Duration.ofDays(30), keepLast);
    }
}
