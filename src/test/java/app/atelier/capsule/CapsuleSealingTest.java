package app.atelier.capsule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.Role;
import app.atelier.base.NotFoundException;
import app.atelier.base.SealedException;
import app.atelier.board.BoardEvent;
import app.atelier.board.BoardService;
import app.atelier.board.CapsuleSeal;
import app.atelier.board.Card;
import app.atelier.board.CardChanges;
import app.atelier.board.CardImage;
import app.atelier.board.NewCard;
import app.atelier.board.internal.BoardEventLog;
import app.atelier.discussion.CommentService;
import app.atelier.export.ReportService;
import app.atelier.export.SnapshotService;
import app.atelier.image.ImageService;
import app.atelier.security.Actor;
import app.atelier.security.ApiTokenService;
import app.atelier.support.ApiClient;
import app.atelier.support.CapsuleDates;
import app.atelier.support.EventClient;
import app.atelier.support.TestImages;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import app.atelier.trash.TrashService;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * A sealed capsule holds through every channel: the service, the REST API, the event stream (and its replay of the
 * log), the exports, the images and a dump of the whole database; on the date it opens, everything is back as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CapsuleSealingTest {
    private static final String PREDICTION = "La marque devance Lumio en notoriété";
    private static final String COMMENT = "Pari risqué mais tenable";
    private static final String FEEDBACK = "Trop cher pour ce que c'est";
    private static final String THROWN_AWAY = "Idée jetée à la corbeille";

    @LocalServerPort
    int port;
    @Autowired
    Workshops workshops;
    @Autowired
    CapsuleService capsules;
    @Autowired
    BoardService boards;
    @Autowired
    CommentService comments;
    @Autowired
    ImageService images;
    @Autowired
    SnapshotService snapshots;
    @Autowired
    ReportService reports;
    @Autowired
    BoardEventLog log;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TrashService trash;

    private Workshop capsule;
    private Actor paul;
    private Card prediction;
    private Card feedback;
    private byte[] screenshot;
    private CardImage image;
    private String token;
    private ApiClient api;

    @BeforeEach
    void setUp() {
        capsule = workshops.start("Fanny", "Capsule 2027", "time-capsule");
        paul = capsule.guest("Paul", Role.PARTICIPANT);
        prediction = capsule.card(paul, "predictions", PREDICTION);
        feedback = capsule.card("feedback", FEEDBACK);
        boards.updateCard(paul, capsule.id(), prediction.getId(), CardChanges.content(PREDICTION + " !", null, null),
                null);
        comments.add(capsule.facilitator(), capsule.id(), prediction.getId(), COMMENT);
        screenshot = TestImages.png(640, 360);
        image = images.add(capsule.facilitator(), capsule.id(), feedback.getId(), screenshot);
        boards.deleteCard(paul, capsule.id(), capsule.card(paul, "abandoned", THROWN_AWAY).getId());
        token = tokens.create(capsule.account(), "capsule").secret();
        api = new ApiClient(port);
    }

    private String path() {
        return "/api/boards/" + capsule.id();
    }

    @Test
    void untilItsDateNobodyReadsTheContentThroughAnyChannel() throws Exception {
        capsules.seal(capsule.facilitator(), capsule.id(), Instant.now().plus(Duration.ofDays(180)));

        // the service, for the facilitator who sealed it and for the author
        for (Actor person : List.of(capsule.facilitator(), paul)) {
            assertThat(boards.cards(person, capsule.id())).isEmpty();
            assertThatThrownBy(() -> boards.getCard(person, capsule.id(), prediction.getId()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> comments.list(person, capsule.id(), prediction.getId()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> images.bytes(person, capsule.id(), feedback.getId(), image.id()))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> capsule.card(paul, "predictions", "une de plus"))
                .isInstanceOf(SealedException.class);
        assertThatThrownBy(() -> snapshots.snapshot(capsule.facilitator(), capsule.id()))
                .isInstanceOf(SealedException.class);
        assertThatThrownBy(() -> reports.pdf(capsule.facilitator(), capsule.id(), Locale.FRENCH))
                .isInstanceOf(SealedException.class);

        // what waits, and by whom, is all that shows
        CapsuleSeal seal = boards.getBoard(paul, capsule.id()).getCapsule();
        assertThat(seal.state()).isEqualTo(CapsuleSeal.State.SEALED);
        assertThat(seal.total()).isEqualTo(2);
        assertThat(seal.contributors()).extracting(CapsuleSeal.Contributor::name).containsExactlyInAnyOrder("Fanny",
                "Paul");

        // the REST API
        JsonNode board = api.call("GET", path(), null, token).json();
        assertThat(board.get("cards")).isEmpty();
        assertThat(board.at("/session/capsule/state").asString()).isEqualTo("sealed");
        assertThat(board.at("/session/capsule/total").asInt()).isEqualTo(2);
        assertThat(api.call("PATCH", path() + "/cards/" + prediction.getId(), "{\"text\":\"lu ?\"}", token).status())
                .isEqualTo(404);
        assertThat(api.call("GET", path() + "/cards/" + prediction.getId() + "/comments", null, token).status())
                .isEqualTo(404);
        assertThat(api.fetch(path() + "/cards/" + feedback.getId() + "/images/" + image.id(), token).status())
                .isEqualTo(404);
        for (String export : List.of("export.json", "export.md", "export.csv", "report.pdf")) {
            ApiClient.Response refused = api.call("GET", path() + "/" + export, null, token);
            assertThat(refused.status()).as(export).isEqualTo(409);
            assertThat(refused.json().get("error").asString()).isEqualTo("sealed");
            assertThat(refused.body()).doesNotContain(PREDICTION);
        }
        ApiClient.Response added = api.call("POST", path() + "/cards", "{\"zone\":\"predictions\",\"text\":\"x\"}",
                token);
        assertThat(added.status()).isEqualTo(409);
        assertThat(added.json().get("error").asString()).isEqualTo("sealed");

        // the event stream, replaying the log from its very start
        try (EventClient events = EventClient.connect(port, capsule.id(), "?since=0", token)) {
            assertThat(events.next().get("type").asString()).isEqualTo("hello");
            while (events.poll(500) != null) {
                // the whole log, replayed
            }
            assertThat(events.received()).hasSizeGreaterThan(3);
            assertThat(events.received()).noneMatch(m -> m.get("type").asString().equals("card"));
            assertThat(events.received().toString()).doesNotContain(PREDICTION).doesNotContain(FEEDBACK);
        }
        assertThat(log.read(capsule.id(), 0, log.last(capsule.id()))).noneMatch(e ->
                e.event() instanceof BoardEvent.CardSaved);

        // a dump of the whole database: not a word, not a byte of the screenshot
        assertThat(dumpContains(PREDICTION.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(dumpContains(COMMENT.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(dumpContains(FEEDBACK.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(dumpContains(THROWN_AWAY.getBytes(StandardCharsets.UTF_8))).as("the trash too").isFalse();
        assertThat(trash.list(capsule.facilitator(), capsule.id())).isEmpty();
        assertThat(dumpContains(Arrays.copyOfRange(screenshot, screenshot.length / 2, screenshot.length / 2 + 32)))
                .isFalse();
    }

    @Test
    void onItsDateItOpensForEveryoneAsItWasWithNobodyOnline() throws Exception {
        capsules.seal(capsule.facilitator(), capsule.id(), Instant.now().plus(Duration.ofDays(1)));
        assertThat(dumpContains(PREDICTION.getBytes(StandardCharsets.UTF_8))).isFalse();

        CapsuleDates.comeTheDate(mongo, capsule.id());

        await().atMost(Duration.ofSeconds(10)).until(() -> boards.getBoard(paul, capsule.id()).getCapsule().state()
                == CapsuleSeal.State.OPEN);
        assertThat(boards.cards(paul, capsule.id())).extracting(Card::getText)
                .containsExactlyInAnyOrder(PREDICTION + " !", FEEDBACK);
        Card back = boards.getCard(paul, capsule.id(), prediction.getId());
        assertThat(back.getComments()).isEqualTo(1);
        assertThat(comments.list(paul, capsule.id(), prediction.getId())).extracting(c -> c.getText())
                .containsExactly(COMMENT);
        assertThat(images.bytes(paul, capsule.id(), feedback.getId(), image.id())).isEqualTo(screenshot);
        assertThat(snapshots.snapshot(capsule.facilitator(), capsule.id()).cards()).hasSize(2);
        assertThat(trash.list(paul, capsule.id())).extracting(e -> e.card().getText()).containsExactly(THROWN_AWAY);
        // the log's earlier states are back too
        assertThat(log.read(capsule.id(), 0, 3)).anyMatch(e -> e.event() instanceof BoardEvent.CardSaved saved
                && saved.card().getText().equals(PREDICTION));
        assertThat(mongo.count(Query.query(where("boardId").is(capsule.id())), Vault.COLLECTION)).isZero();

        JsonNode board = api.call("GET", path(), null, token).json();
        assertThat(board.at("/session/capsule/state").asString()).isEqualTo("open");
        assertThat(board.get("cards")).hasSize(2);
        assertThat(api.call("GET", path() + "/report.pdf", null, token).status()).isEqualTo(200);
        assertThat(boards.addCard(paul, capsule.id(), NewCard.of("predictions", "après")).getText())
                .isEqualTo("après");

        // a sweep for late writes that another node began before the opening and ends after it locks nothing away
        capsules.sweep(null, capsule.id());
        assertThat(boards.cards(paul, capsule.id())).extracting(Card::getText)
                .containsExactlyInAnyOrder(PREDICTION + " !", FEEDBACK, "après");
        assertThat(mongo.count(Query.query(where("boardId").is(capsule.id())), Vault.COLLECTION)).isZero();
    }

    /** Whether any document of any collection holds these bytes, as a database dump would show them. */
    private boolean dumpContains(byte[] needle) {
        List<String> hits = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.findAll(Document.class, collection)) {
                ByteBuffer raw = new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().asNIO();
                byte[] bytes = new byte[raw.remaining()];
                raw.get(bytes);
                if (indexOf(bytes, needle) >= 0) {
                    hits.add(collection + " " + document.get("_id"));
                }
            }
        }
        return !hits.isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
