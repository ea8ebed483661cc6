package app.atelier.capsule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.board.CapsuleSeal;
import app.atelier.board.Card;
import app.atelier.board.NewCard;
import app.atelier.board.internal.BoardEventLog;
import app.atelier.security.AtelierUser;
import app.atelier.support.CapsuleDates;
import app.atelier.support.Node;
import app.atelier.support.People;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two real nodes on one store, sharing the capsule key, each looking for capsules to open every 200 ms: a capsule
 * sealed on one opens on its date with no page open anywhere, exactly once, and both nodes show it open.
 */
class CapsuleAcrossNodesTest {
    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B');
    static Node a;
    static Node b;

    @BeforeAll
    static void startTwoNodes() {
        a = Node.withStore("--atelier.node-name=a", "--atelier.capsule.key=" + KEY,
                "--atelier.capsule.check-every=200ms");
        b = a.another("--atelier.node-name=b", "--atelier.capsule.key=" + KEY, "--atelier.capsule.check-every=200ms");
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    @Test
    void aCapsuleSealedOnOneNodeOpensOnceOnItsDateForBoth() {
        AtelierUser ana = a.bean(People.class).account("Ana");
        String boardId = a.bean(BoardService.class).createBoard(ana.actor(), "Capsule", "time-capsule").getId();
        List<Card> written = List.of(
                a.bean(BoardService.class).addCard(ana.actor(), boardId, NewCard.of("predictions", "Écrit sur A")),
                b.bean(BoardService.class).addCard(ana.actor(), boardId, NewCard.of("kpis", "Écrit sur B")));
        await().atMost(Duration.ofSeconds(5)).until(() -> b.bean(BoardService.class).cards(ana.actor(), boardId)
                .size() == 2);

        a.bean(CapsuleService.class).seal(ana.actor(), boardId, Instant.now().plus(Duration.ofDays(1)));
        long sealedAt = a.bean(BoardEventLog.class).last(boardId);
        for (Node node : List.of(a, b)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> node.bean(BoardService.class).cards(ana.actor(), boardId)
                    .isEmpty());
        }

        CapsuleDates.comeTheDate(a.bean(MongoTemplate.class), boardId);

        for (Node node : List.of(a, b)) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(node.bean(BoardService.class).getBoard(ana.actor(), boardId).getCapsule().state())
                        .isEqualTo(CapsuleSeal.State.OPEN);
                assertThat(node.bean(BoardService.class).cards(ana.actor(), boardId)).extracting(Card::getText)
                        .containsExactlyInAnyOrder("Écrit sur A", "Écrit sur B");
            });
        }
        // opened once: each card came back in exactly one event, whichever node opened it
        BoardEventLog log = a.bean(BoardEventLog.class);
        List<BoardEventLog.Entry> after = log.read(boardId, sealedAt, log.last(boardId));
        for (Card card : written) {
            assertThat(after).filteredOn(e -> e.event() instanceof BoardEvent.CardSaved saved
                    && saved.card().getId().equals(card.getId())).hasSize(1);
        }
    }
}
