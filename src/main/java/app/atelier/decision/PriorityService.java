package app.atelier.decision;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.Card;
import app.atelier.board.CardRules;
import app.atelier.board.CardStatus;
import app.atelier.security.Actor;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * From many cards to one agreed list: the cards ranked by votes, reordered by hand by the facilitator, and marked
 * agreed (which locks them) or set aside. The agreed cards in this order are the strategy the export publishes.
 */
@Service
public class PriorityService {
    /** Manual places first, then the most dots, then the oldest card. */
    public static final Comparator<Card> ORDER = Comparator
            .comparing((Card c) -> c.getPriority() == null ? Integer.MAX_VALUE : c.getPriority())
            .thenComparing(Comparator.comparingInt(Card::getVotes).reversed())
            .thenComparing(Card::getCreatedAt);

    private final BoardService boards;
    private final BoardWrites writes;
    private final AccessService access;
    private final MongoTemplate mongo;

    PriorityService(BoardService boards, BoardWrites writes, AccessService access, MongoTemplate mongo) {
        this.boards = boards;
        this.writes = writes;
        this.access = access;
        this.mongo = mongo;
    }

    /** The board's cards in priority order (every member may see it). */
    public List<Card> ranked(Actor actor, String boardId) {
        return boards.cards(actor, boardId).stream().sorted(ORDER).toList();
    }

    /** The facilitator's order: the listed cards take places 1, 2, 3…; cards not listed keep following by votes. */
    public List<Card> reorder(Actor facilitator, String boardId, List<String> cardIds) {
        access.requireFacilitator(facilitator, boardId);
        if (cardIds == null || cardIds.isEmpty() || cardIds.size() > boards.cards(facilitator, boardId).size()) {
            throw new InvalidInputException("order", "error.priority.order");
        }
        Set<String> seen = new HashSet<>();
        for (String id : cardIds) {
            if (!seen.add(id)) {
                throw new InvalidInputException("order", "error.priority.order");
            }
            if (!writes.hasCard(boardId, id)) {
                throw new InvalidInputException("order", "error.card.notFound", id);
            }
        }
        // one event per card that loses its place, so every page and node hears of it
        for (Card card : mongo.find(Query.query(where("boardId").is(boardId).and("priority").ne(null)
                .and("id").nin(cardIds)), Card.class)) {
            writes.recordCardChange(facilitator, boardId, card.getId(), new Update().unset("priority"));
        }
        for (int i = 0; i < cardIds.size(); i++) {
            writes.recordCardChange(facilitator, boardId, cardIds.get(i), new Update().set("priority", i + 1));
        }
        return ranked(facilitator, boardId);
    }

    /** Moves a card one place up ({@code -1}) or down ({@code +1}) in the current priority order. */
    public List<Card> move(Actor facilitator, String boardId, String cardId, int direction) {
        List<String> order = new java.util.ArrayList<>(ranked(facilitator, boardId).stream().map(Card::getId).toList());
        int from = order.indexOf(cardId);
        if (from < 0) {
            throw new NotFoundException("error.card.notFound", cardId);
        }
        int to = Math.max(0, Math.min(order.size() - 1, from + Integer.signum(direction)));
        order.add(to, order.remove(from));
        return reorder(facilitator, boardId, order);
    }

    /** Agreed cards are locked so an agreed point no longer moves; clearing the decision unlocks them. */
    public Card setStatus(Actor facilitator, String boardId, String cardId, String statusId) {
        access.requireFacilitator(facilitator, boardId);
        CardStatus status = CardRules.status(statusId);
        Update update = status == null ? new Update().unset("status").set("locked", false)
                : new Update().set("status", status).set("locked", status == CardStatus.AGREED);
        return change(facilitator, boardId, cardId, update);
    }

    private Card change(Actor actor, String boardId, String cardId, Update update) {
        return writes.changeCard(actor, boardId, cardId, update);
    }
}
