package app.atelier.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.atelier.board.internal.BoardEventBus;
import app.atelier.board.internal.BoardEventLog;
import app.atelier.security.Actor;
import app.atelier.security.ApiTokenService;
import app.atelier.security.AtelierUser;
import app.atelier.support.EventClient;
import app.atelier.support.Node;
import app.atelier.support.People;
import app.atelier.support.VaadinClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Two real nodes on one store (polling feed): one board, one sequence, changes made on either reach both. */
class ManyNodesTest {
    static Node a;
    static Node b;

    private AtelierUser ana;
    private String boardId;

    @BeforeAll
    static void startTwoNodes() {
        a = Node.withStore("--atelier.node-name=a");
        b = a.another("--atelier.node-name=b");
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    @BeforeEach
    void setUp() {
        ana = a.bean(People.class).account("Ana");
        boardId = a.bean(BoardService.class).createBoard(ana.actor(), "Deux nœuds", "brand-promise").getId();
    }

    @Test
    void aChangeOnOneNodeReachesFollowersAndEventClientsOnTheOther() throws Exception {
        List<BoardEvent> heardOnB = new CopyOnWriteArrayList<>();
        List<BoardEvent> heardOnA = new CopyOnWriteArrayList<>();
        b.bean(BoardEventBus.class).subscribe(boardId, heardOnB::add);
        a.bean(BoardEventBus.class).subscribe(boardId, heardOnA::add);
        String token = a.bean(ApiTokenService.class).create(ana, "b").secret();
        try (EventClient clientOnB = EventClient.connect(b.port(), boardId, "", token)) {
            assertThat(clientOnB.next().get("type").asString()).isEqualTo("hello");

            Card written = a.bean(BoardService.class).addCard(ana.actor(), boardId, NewCard.of("promise", "Écrit sur A"));

            await().atMost(Duration.ofSeconds(5)).until(() -> heardOnB.stream().anyMatch(e ->
                    e instanceof BoardEvent.CardSaved saved && saved.card().getId().equals(written.getId())));
            JsonNode message = clientOnB.next();
            assertThat(message.get("type").asString()).isEqualTo("card");
            assertThat(message.get("seq").asLong()).isEqualTo(1);
            assertThat(message.at("/card/text").asString()).isEqualTo("Écrit sur A");

            Card back = b.bean(BoardService.class).addCard(ana.actor(), boardId, NewCard.of("proofs", "Écrit sur B"));
            await().atMost(Duration.ofSeconds(5)).until(() -> heardOnA.stream().anyMatch(e ->
                    e instanceof BoardEvent.CardSaved saved && saved.card().getId().equals(back.getId())));
            assertThat(clientOnB.next().get("seq").asLong()).isEqualTo(2);
        }
        // both nodes hold the same board in memory
        assertThat(a.bean(BoardService.class).cards(ana.actor(), boardId)).extracting(Card::getText)
                .containsExactly("Écrit sur A", "Écrit sur B");
        assertThat(b.bean(BoardService.class).cards(ana.actor(), boardId)).extracting(Card::getText)
                .containsExactly("Écrit sur A", "Écrit sur B");
    }

    @Test
    void aCardWrittenOnOneNodeReachesARealPageOnTheOther() throws Exception {
        String link = a.bean(app.atelier.access.AccessService.class).createInvite(ana.actor(), boardId,
                app.atelier.access.Role.PARTICIPANT, null).url();
        List<String> upserted = new CopyOnWriteArrayList<>();
        VaadinClient pageOnB = new VaadinClient(HttpClient.newHttpClient(), "http://localhost:" + b.port(),
                (client, uidl, at) -> uidl.path("execute").forEach(call -> {
                    if (call.get(call.size() - 1).asString().contains("upsertCard")) {
                        upserted.add(call.get(1).path("text").asString());
                    }
                }));
        try {
            // a real Vaadin UI on node B: a guest follows the link, types a name, joins; the canvas asks for the board
            pageOnB.open(link.substring(link.indexOf("/join/")));
            pageOnB.rpc(concat(pageOnB.type("guest-name", "Bruno"), pageOnB.click("guest-join")));
            assertThat(pageOnB.hasCanvas()).isTrue();
            pageOnB.rpc(pageOnB.canvasCall("ready"));

            a.bean(BoardService.class).addCard(ana.actor(), boardId, NewCard.of("promise", "Poussé depuis A"));

            await().atMost(Duration.ofSeconds(5)).until(() -> upserted.contains("Poussé depuis A"));
        } finally {
            pageOnB.close();
        }
    }

    private static tools.jackson.databind.node.ObjectNode[] concat(tools.jackson.databind.node.ObjectNode[] first,
                                                                   tools.jackson.databind.node.ObjectNode last) {
        tools.jackson.databind.node.ObjectNode[] all = java.util.Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }

    @Test
    void someoneRemovedOnOneNodeLosesTheirStreamOnTheOther() throws Exception {
        AtelierUser bruno = a.bean(People.class).member(ana.actor(), boardId, app.atelier.access.Role.PARTICIPANT,
                "Bruno");
        String token = b.bean(ApiTokenService.class).create(bruno, "b").secret();
        try (EventClient brunoOnB = EventClient.connect(b.port(), boardId, "", token)) {
            brunoOnB.next(); // hello

            a.bean(app.atelier.access.AccessService.class).removeMember(ana.actor(), boardId, bruno.actor().id());
            a.bean(BoardService.class).addCard(ana.actor(), boardId, NewCard.of("promise", "après son départ"));

            assertThat(brunoOnB.closed(5_000)).as("the stream on the other node closes").isTrue();
            assertThat(brunoOnB.received()).noneMatch(m -> m.toString().contains("après son départ"));
        }
    }

    @Test
    void writersOnBothNodesAtOnceMakeOneUnbrokenSequenceThatBothNodesFollowInOrder() throws Exception {
        Actor bruno = a.bean(People.class).member(ana.actor(), boardId, app.atelier.access.Role.FACILITATOR, "Bruno")
                .actor();
        long before = a.bean(BoardEventBus.class).lastSeq(boardId); // Bruno's arrival is an event too
        List<Long> seenOnA = new CopyOnWriteArrayList<>();
        List<Long> seenOnB = new CopyOnWriteArrayList<>();
        a.bean(BoardEventBus.class).follow(boardId, before, entry -> seenOnA.add(entry.seq()), () -> { });
        b.bean(BoardEventBus.class).follow(boardId, before, entry -> seenOnB.add(entry.seq()), () -> { });

        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (Node node : List.of(a, b)) {
            for (Actor writer : List.of(ana.actor(), bruno)) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        node.bean(BoardService.class).addCard(writer, boardId, NewCard.of("promise", "carte " + i));
                    }
                }));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();

        List<Long> all = LongStream.rangeClosed(before + 1, before + 60).boxed().toList();
        await().atMost(Duration.ofSeconds(10)).until(() -> seenOnA.size() >= 60 && seenOnB.size() >= 60);
        assertThat(seenOnA).as("node A, in order, once each").isEqualTo(all);
        assertThat(seenOnB).as("node B, in order, once each").isEqualTo(all);
        assertThat(a.bean(BoardEventLog.class).read(boardId, before, 1_000)).extracting(BoardEventLog.Entry::seq)
                .isEqualTo(all);
        assertThat(b.bean(BoardService.class).cards(ana.actor(), boardId)).hasSize(60);
        assertThat(a.bean(BoardService.class).cards(ana.actor(), boardId)).hasSize(60);
    }
}
