package app.atelier.board;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.NotFoundException;
import app.atelier.base.StaleVersionException;
import app.atelier.template.BoardTemplate;
import app.atelier.template.TemplateCatalog;
import app.atelier.template.ZoneDefinition;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Every change to a board goes through here: validate, persist, then publish one event that every open view
 * of that board applies. UI gestures and REST calls share this path.
 */
@Service
public class BoardService {
    private final BoardRepository boards;
    private final CardRepository cards;
    private final MongoTemplate mongo;
    private final TemplateCatalog templates;
    private final BoardEventBus events;
    private final Clock clock;

    BoardService(BoardRepository boards, CardRepository cards, MongoTemplate mongo, TemplateCatalog templates,
                 BoardEventBus events, Clock clock) {
        this.boards = boards;
        this.cards = cards;
        this.mongo = mongo;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    public Board createBoard(String title, String templateId) {
        String cleanTitle = CardRules.title(title);
        BoardTemplate template = templates.require(templateId);
        return boards.save(new Board(cleanTitle, template.id(), clock.instant()));
    }

    /** All boards, newest first. */
    public List<Board> listBoards() {
        return boards.findAllByOrderByCreatedAtDesc();
    }

    public Board getBoard(String boardId) {
        return boards.findById(boardId).orElseThrow(() -> new NotFoundException("error.board.notFound", boardId));
    }

    public BoardTemplate templateOf(Board board) {
        return templates.require(board.getTemplateId());
    }

    public List<Card> cards(String boardId) {
        getBoard(boardId);
        return cards.findByBoardIdOrderByCreatedAtAsc(boardId);
    }

    public Card getCard(String boardId, String cardId) {
        return cards.findByIdAndBoardId(cardId, boardId)
                .orElseThrow(() -> new NotFoundException("error.card.notFound", cardId));
    }

    /** Adds a card; {@code author} is the display name of whoever wrote it, or {@code null}. */
    public Card addCard(String boardId, NewCard newCard, String author) {
        BoardTemplate template = templateOf(getBoard(boardId));
        ZoneDefinition zone = CardRules.zone(template, newCard.zone());
        String text = CardRules.text(newCard.text());
        Map<String, String> fields = CardRules.fields(zone, newCard.fields());
        fields.values().removeIf(String::isEmpty);
        String color = newCard.color() == null ? zone.defaultColor() : CardRules.color(newCard.color());
        double[] spot = newCard.x() == null && newCard.y() == null ? freeSpot(boardId, zone.id()) : null;
        double x = spot != null ? spot[0] : CardRules.coordinate("x", newCard.x() == null ? 0.0 : newCard.x());
        double y = spot != null ? spot[1] : CardRules.coordinate("y", newCard.y() == null ? 0.0 : newCard.y());
        Card card = cards.insert(new Card(boardId, zone.id(), text, fields, color, x, y, author, clock.instant()));
        events.publish(new BoardEvent.CardSaved(boardId, card));
        return card;
    }

    /**
     * Applies {@code changes} to a card. With {@code expectedVersion} the write happens only if the card is still at
     * that version (else {@link StaleVersionException} carrying the current card); without it each named field is
     * last-writer-wins, and fields not named are left untouched.
     */
    public Card updateCard(String boardId, String cardId, CardChanges changes, Long expectedVersion) {
        BoardTemplate template = templateOf(getBoard(boardId));
        Card existing = getCard(boardId, cardId);
        ZoneDefinition zone = CardRules.zone(template, changes.zone() == null ? existing.getZone() : changes.zone());

        Update update = new Update();
        if (changes.zone() != null) {
            update.set("zone", zone.id());
        }
        if (changes.text() != null) {
            update.set("text", CardRules.text(changes.text()));
        }
        CardRules.fields(zone, changes.fields()).forEach((key, value) -> {
            if (value.isEmpty()) {
                update.unset("fields." + key);
            } else {
                update.set("fields." + key, value);
            }
        });
        if (changes.color() != null) {
            update.set("color", CardRules.color(changes.color()));
        }
        if (changes.x() != null) {
            update.set("x", CardRules.coordinate("x", changes.x()));
        }
        if (changes.y() != null) {
            update.set("y", CardRules.coordinate("y", changes.y()));
        }
        if (expectedVersion != null && expectedVersion != existing.getVersion()) {
            throw new StaleVersionException("error.card.stale", existing, expectedVersion, existing.getVersion());
        }
        if (changes.isEmpty()) {
            return existing;
        }
        update.set("updatedAt", clock.instant()).inc("version", 1);

        Query query = Query.query(where("id").is(cardId).and("boardId").is(boardId));
        if (expectedVersion != null) {
            query.addCriteria(where("version").is(expectedVersion));
        }
        Card saved = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Card.class);
        if (saved == null) {
            // Changed or deleted between our read and our write.
            Card current = getCard(boardId, cardId);
            throw new StaleVersionException("error.card.stale", current, expectedVersion, current.getVersion());
        }
        events.publish(new BoardEvent.CardSaved(boardId, saved));
        return saved;
    }

    public Card moveCard(String boardId, String cardId, String zone, double x, double y) {
        return updateCard(boardId, cardId, CardChanges.move(zone, x, y), null);
    }

    public void deleteCard(String boardId, String cardId) {
        getBoard(boardId);
        Query query = Query.query(where("id").is(cardId).and("boardId").is(boardId));
        if (mongo.remove(query, Card.class).getDeletedCount() == 0) {
            throw new NotFoundException("error.card.notFound", cardId);
        }
        events.publish(new BoardEvent.CardDeleted(boardId, cardId));
    }

    /** A tidy default place for a card added without coordinates: the next cell of a 3-wide grid in its zone. */
    private double[] freeSpot(String boardId, String zoneId) {
        long n = cards.countByBoardIdAndZone(boardId, zoneId);
        long col = n % 3;
        long row = (n / 3) % 4;
        return new double[] {0.02 + col * 0.32, 0.03 + row * 0.24};
    }
}
