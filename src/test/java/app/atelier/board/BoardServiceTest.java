package app.atelier.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.base.StaleVersionException;
import app.atelier.board.internal.BoardEventBus;
import app.atelier.security.Actor;
import app.atelier.support.People;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

@SpringBootTest
class BoardServiceTest {
    @Autowired
    BoardService service;
    @Autowired
    BoardEventBus bus;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    People people;

    private Actor ana;
    private Board board;
    private final List<BoardEvent> events = new CopyOnWriteArrayList<>();
    private Registration subscription;

    @BeforeEach
    void setUp() {
        ana = people.account("Ana").actor();
        board = service.createBoard(ana, "Mur des fails 2026", "mur-des-fails");
        subscription = bus.subscribe(board.getId(), events::add);
    }

    @AfterEach
    void tearDown() {
        subscription.remove();
    }

    @Test
    void aCardIsStoredInItsOwnCollectionAndAnnounced() {
        Card card = service.addCard(ana, board.getId(), new NewCard("fails", "  Lancement sans bêta  ",
                Map.of("impact", "-30 % de CTR", "context", ""), null, null, null));

        assertThat(card.getId()).isNotBlank();
        assertThat(card.getText()).isEqualTo("Lancement sans bêta");
        assertThat(card.getFields()).containsExactly(Map.entry("impact", "-30 % de CTR"));
        assertThat(card.getColor()).isEqualTo("pink");
        assertThat(card.getAuthor()).isEqualTo("Ana");
        assertThat(card.getVersion()).isZero();
        Document stored = mongo.getCollection("cards").find(new Document("boardId", board.getId())).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("text")).isEqualTo("Lancement sans bêta");
        assertThat(service.cards(ana, board.getId())).extracting(Card::getId).containsExactly(card.getId());
        assertThat(events).containsExactly(new BoardEvent.CardSaved(board.getId(), card));
    }

    @Test
    void cardsWithoutCoordinatesAreLaidOutSideBySide() {
        Card first = service.addCard(ana, board.getId(), NewCard.of("patterns", "one"));
        Card second = service.addCard(ana, board.getId(), NewCard.of("patterns", "two"));

        assertThat(second.getX()).isGreaterThan(first.getX());
        assertThat(List.of(first.getX(), first.getY(), second.getX(), second.getY())).allMatch(v -> v >= 0 && v < 1);

        // the zone's count follows moves and deletions: the next card takes the place that came free
        service.updateCard(ana, board.getId(), second.getId(), CardChanges.move("fails", 0.5, 0.5), null);
        Card third = service.addCard(ana, board.getId(), NewCard.of("patterns", "three"));
        assertThat(third.getX()).isEqualTo(second.getX());
        service.deleteCard(ana, board.getId(), first.getId());
        assertThat(service.addCard(ana, board.getId(), NewCard.of("patterns", "four")).getX()).isEqualTo(second.getX());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        String id = board.getId();
        assertField(() -> service.addCard(ana, id, NewCard.of("nope", "x")), "zone");
        assertField(() -> service.addCard(ana, id, NewCard.of("fails", "   ")), "text");
        assertField(() -> service.addCard(ana, id, NewCard.of("fails", "x".repeat(2_001))), "text");
        assertField(() -> service.addCard(ana, id, new NewCard("fails", "x", Map.of("mood", "sad"), null, null, null)),
                "fields.mood");
        assertField(() -> service.addCard(ana, id, new NewCard("patterns", "x", Map.of("impact", "big"), null, null, null)),
                "fields.impact");
        assertField(() -> service.addCard(ana, id, new NewCard("fails", "x", null, "red", null, null)), "color");
        assertField(() -> service.addCard(ana, id, new NewCard("fails", "x", null, null, 1.5, 0.1)), "x");
        assertField(() -> service.addCard(ana, id, new NewCard("fails", "x", null, null, 0.1, Double.NaN)), "y");
        assertField(() -> service.createBoard(ana, " ", "mur-des-fails"), "title");
        assertField(() -> service.createBoard(ana, "Ok", "pestel"), "template");

        assertThat(service.cards(ana, id)).isEmpty();
        assertThat(events).isEmpty();
        assertThat(service.addCard(ana, id, NewCard.of("fails", "x".repeat(2_000))).getText()).hasSize(2_000);
    }

    @Test
    void anUpdateChangesOnlyTheNamedFieldsAndBumpsTheVersion() {
        Card card = service.addCard(ana, board.getId(), new NewCard("fails", "Texte", Map.of("impact", "fort"), null,
                null, null));

        Card moved = service.moveCard(ana, board.getId(), card.getId(), "patterns", 0.5, 0.25);
        Card edited = service.updateCard(ana, board.getId(), card.getId(),
                new CardChanges(null, null, null, "blue", null, null), null);

        assertThat(moved.getZone()).isEqualTo("patterns");
        assertThat(moved.getVersion()).isEqualTo(1);
        assertThat(edited.getVersion()).isEqualTo(2);
        assertThat(edited.getText()).isEqualTo("Texte");
        assertThat(edited.getColor()).isEqualTo("blue");
        assertThat(edited.getX()).isEqualTo(0.5);
        assertThat(edited.getFields()).containsEntry("impact", "fort");
        assertThat(events).hasSize(3);
    }

    @Test
    void twoPeopleEditingDifferentFieldsBothKeepTheirWords() {
        Card card = service.addCard(ana, board.getId(), NewCard.of("fails", "Description"));

        service.updateCard(ana, board.getId(), card.getId(),
                new CardChanges(null, null, Map.of("context", "Q3, budget serré"), null, null, null), null);
        service.updateCard(ana, board.getId(), card.getId(),
                new CardChanges(null, null, Map.of("lessons", "Tester avant"), null, null, null), null);

        assertThat(service.getCard(ana, board.getId(), card.getId()).getFields())
                .containsEntry("context", "Q3, budget serré").containsEntry("lessons", "Tester avant");
    }

    @Test
    void aWriteOnAStaleVersionIsRefusedWithTheCurrentCard() {
        Card card = service.addCard(ana, board.getId(), NewCard.of("patterns", "v0"));
        service.updateCard(ana, board.getId(), card.getId(), CardChanges.content("Ana's words", null, null), 0L);

        assertThatThrownBy(() -> service.updateCard(ana, board.getId(), card.getId(),
                CardChanges.content("Bruno's words", null, null), 0L))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(((Card) e.current()).getText()).isEqualTo("Ana's words"));
        assertThat(service.getCard(ana, board.getId(), card.getId()).getText()).isEqualTo("Ana's words");
    }

    @Test
    void concurrentConditionalWritesLetExactlyOneWin() throws Exception {
        Card card = service.addCard(ana, board.getId(), NewCard.of("patterns", "v0"));
        int writers = 8;
        List<Thread> threads = new ArrayList<>();
        List<String> winners = new CopyOnWriteArrayList<>();
        for (int i = 0; i < writers; i++) {
            String text = "writer " + i;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    service.updateCard(ana, board.getId(), card.getId(), CardChanges.content(text, null, null), 0L);
                    winners.add(text);
                } catch (StaleVersionException expected) {
                    // told, not lost
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(winners).hasSize(1);
        assertThat(service.getCard(ana, board.getId(), card.getId()).getText()).isEqualTo(winners.getFirst());
    }

    @Test
    void deletingRemovesTheCardAndAnnouncesIt() {
        Card card = service.addCard(ana, board.getId(), NewCard.of("patterns", "bye"));
        service.deleteCard(ana, board.getId(), card.getId());

        assertThat(service.cards(ana, board.getId())).isEmpty();
        assertThat(events.getLast()).isEqualTo(new BoardEvent.CardDeleted(board.getId(), card.getId()));
        assertThatThrownBy(() -> service.deleteCard(ana, board.getId(), card.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCardCannotBeReachedThroughAnotherBoard() {
        Board other = service.createBoard(ana, "Other", "brand-promise");
        Card card = service.addCard(ana, board.getId(), NewCard.of("patterns", "mine"));

        assertThatThrownBy(() -> service.getCard(ana, other.getId(), card.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.deleteCard(ana, other.getId(), card.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.moveCard(ana, other.getId(), card.getId(), "promise", 0, 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.getCard(ana, board.getId(), card.getId()).getText()).isEqualTo("mine");
    }

    @Test
    void boardsAreListedNewestFirst() {
        Board newer = service.createBoard(ana, "Newer", "value-proposition");
        List<Board> boards = service.listBoards(ana, null);
        assertThat(boards.indexOf(boards.stream().filter(b -> b.getId().equals(newer.getId())).findFirst().get()))
                .isLessThan(boards.indexOf(boards.stream().filter(b -> b.getId().equals(board.getId())).findFirst()
                        .get()));
    }

    @Test
    void cardsAreIndexedByBoard() {
        List<String> indexes = new ArrayList<>();
        mongo.getCollection("cards").listIndexes().forEach(i -> indexes.add(i.get("key").toString()));
        assertThat(indexes).anyMatch(k -> k.contains("boardId"));
    }

    private static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
