package app.atelier.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.Card;
import app.atelier.board.Phase;
import app.atelier.board.internal.BoardEventLog;
import app.atelier.decision.PriorityService;
import app.atelier.export.BoardSnapshot.CardSnapshot;
import app.atelier.export.BoardSnapshot.CommentSnapshot;
import app.atelier.security.Actor;
import app.atelier.support.People;
import app.atelier.support.Workshop;
import app.atelier.support.Workshops;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** How an import is written: in a few batch writes, without session events, and all or nothing. */
@SpringBootTest
class SnapshotImportTest {
    @Autowired
    SnapshotService snapshots;
    @Autowired
    ImportWriter writer;
    @Autowired
    BoardService boards;
    @Autowired
    PriorityService priorities;
    @Autowired
    BoardEventLog eventLog;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    People people;
    @Autowired
    Workshops workshops;

    private Actor lea;

    @BeforeEach
    void setUp() {
        lea = people.account("Léa").actor();
    }

    static BoardSnapshot snapshot() {
        List<CommentSnapshot> seen = List.of(new CommentSnapshot("Paul", "Vu des ventes", null));
        return new BoardSnapshot(BoardSnapshot.FORMAT, "Mur importé", "mur-des-fails", "fr", "vote", true, null,
                List.of(new CardSnapshot("c1", "fails", "Salon vide", Map.of("impact", "12 k€"), null, 0.1, 0.2,
                                null, null, null, 3, "Cible", null, seen, null),
                        new CardSnapshot("c2", "fails", "Webinaire désert", null, null, null, null, null, null, 2, 1,
                                "cible", null, null, null),
                        new CardSnapshot("c3", "golden-rules", "Tester la cible", null, "green", null, null, null,
                                "agreed", 1, 0, null, List.of("c1", "c2", "c1"), seen, null)));
    }

    @Test
    void anImportWritesItsBoardOwnerCardsAndCommentsInFourWritesAndPublishesNoEvent() {
        List<String> writes = new ArrayList<>();
        writer.afterWrite = writes::add;
        Board board;
        try {
            board = snapshots.restore(lea, null, snapshot());
        } finally {
            writer.afterWrite = step -> { };
        }

        assertThat(writes).containsExactly("board", "owner", "cards", "comments");
        assertThat(eventLog.last(board.getId())).as("no session event per step").isZero();
        assertThat(board.getPhase()).isEqualTo(Phase.VOTE);
        assertThat(board.isAnonymous()).isTrue();
        List<Card> cards = boards.cards(lea, board.getId());
        assertThat(cards).extracting(Card::getGroup).as("one spelling per group, as the API keeps it")
                .containsExactly("Cible", "Cible", null);
        Card rule = cards.get(2);
        assertThat(rule.getEvidence()).containsExactly(cards.get(0).getId(), cards.get(1).getId());
        assertThat(rule.isLocked()).isTrue();
        assertThat(rule.getComments()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"board", "owner", "cards", "comments"})
    void aWriteThatFailsMidwayLeavesNothing(String failingWrite) {
        long[] before = collections();
        writer.afterWrite = step -> {
            if (step.equals(failingWrite)) {
                throw new DataAccessResourceFailureException("the store went away after " + step);
            }
        };
        try {
            assertThatThrownBy(() -> snapshots.restore(lea, null, snapshot()))
                    .isInstanceOf(DataAccessResourceFailureException.class);
        } finally {
            writer.afterWrite = step -> { };
        }

        assertThat(boards.listBoards(lea, null)).isEmpty();
        assertThat(collections()).containsExactly(before);
    }

    @Test
    void guestsCannotImportBoards() {
        Actor paul = workshops.start("Fanny", "Mur", "mur-des-fails").guest("Paul", Role.FACILITATOR);
        long[] before = collections();

        assertThatThrownBy(() -> snapshots.restore(paul, null, snapshot())).isInstanceOf(ForbiddenException.class);
        assertThat(collections()).containsExactly(before);
    }

    @Test
    void placesAreExportedAsRanksSoABoardWhoseRankedCardsWereDeletedStillImportsTheSame() {
        Workshop workshop = workshops.start("Fanny", "Promesse", "brand-promise");
        Actor fanny = workshop.facilitator();
        Board board = workshop.board();
        Card a = workshop.card("promise", "a");
        Card b = workshop.card("promise", "b");
        Card c = workshop.card("promise", "c");
        priorities.reorder(fanny, board.getId(), List.of(a.getId(), c.getId(), b.getId()));
        boards.deleteCard(fanny, board.getId(), a.getId());

        BoardSnapshot first = snapshots.snapshot(fanny, board.getId());
        assertThat(first.cards()).extracting(CardSnapshot::priority).containsExactly(2, 1);
        Board copy = snapshots.restore(lea, null, first);

        assertThat(snapshots.snapshot(lea, copy.getId()).withoutExportTime()).isEqualTo(first.withoutExportTime());
    }

    /** Boards, memberships, cards and comments in the store. */
    private long[] collections() {
        return new long[] {mongo.getCollection("boards").countDocuments(),
                mongo.getCollection("memberships").countDocuments(), mongo.getCollection("cards").countDocuments(),
                mongo.getCollection("comments").countDocuments()};
    }
}
