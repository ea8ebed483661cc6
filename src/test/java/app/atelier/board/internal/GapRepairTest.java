package app.atelier.board.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.security.Actor;
import app.atelier.support.People;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A node that hears an event before one it follows (a feed dropped it) asks the log for the missing one; if the log
 * no longer has it, the node reloads the board and tells its followers to start again. The polling feed is slowed
 * down here so only the repair can fill the gap.
 */
@SpringBootTest(properties = "atelier.cluster.poll-interval=1h")
class GapRepairTest {
    @Autowired
    BoardEventBus bus;
    @Autowired
    LiveBoards live;
    @Autowired
    BoardService service;
    @Autowired
    People people;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;

    private Actor ana;
    private String boardId;
    /** The log as another node sees it: appends that this node's boards do not hear of. */
    private BoardEventLog otherNode;

    @BeforeEach
    void setUp() {
        ana = people.account("Ana").actor();
        boardId = service.createBoard(ana, "Trous", "brand-promise").getId();
        service.addCard(ana, boardId, NewCard.of("promise", "première"));
        otherNode = new BoardEventLog(mongo, clock, Duration.ofDays(30), 10_000);
    }

    @Test
    void aMissingEventIsReadFromTheLogAndEverythingIsAppliedInOrder() {
        List<Long> heard = new CopyOnWriteArrayList<>();
        bus.follow(boardId, -1, entry -> heard.add(entry.seq()), () -> { });
        BoardEventLog.Entry second = otherNode.append(new BoardEvent.CardDeleted(boardId, "x"), ana.id());
        BoardEventLog.Entry third = otherNode.append(new BoardEvent.CardDeleted(boardId, "y"), ana.id());

        live.offer(third); // the second never arrived

        await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 2);
        assertThat(heard).containsExactly(second.seq(), third.seq());
    }

    @Test
    void anEventTheLogLostMakesTheNodeReloadTheBoardAndItsFollowersStartAgain() {
        AtomicInteger resyncs = new AtomicInteger();
        List<Long> heard = new CopyOnWriteArrayList<>();
        bus.follow(boardId, -1, entry -> heard.add(entry.seq()), resyncs::incrementAndGet);
        Card card = service.addCard(ana, boardId, NewCard.of("promise", "avant"));
        await().until(() -> heard.size() == 1);
        BoardEventLog.Entry lost = otherNode.append(new BoardEvent.CardDeleted(boardId, card.getId()), ana.id());
        mongo.remove(Query.query(where("_id").is(card.getId())), Card.class);
        BoardEventLog.Entry after = otherNode.append(new BoardEvent.CardDeleted(boardId, "z"), ana.id());
        mongo.remove(Query.query(where("_id").is(boardId + ":" + lost.seq())), EventRecord.class);

        live.offer(after);

        await().atMost(Duration.ofSeconds(5)).until(() -> resyncs.get() == 1);
        assertThat(service.cards(ana, boardId)).extracting(Card::getText).as("the board as the store has it")
                .containsExactly("première");
        assertThat(bus.lastSeq(boardId)).isEqualTo(after.seq());
        Card next = service.addCard(ana, boardId, NewCard.of("promise", "ensuite"));
        await().until(() -> heard.contains(after.seq() + 1));
        assertThat(service.cards(ana, boardId)).extracting(Card::getId).contains(next.getId());
    }
}
