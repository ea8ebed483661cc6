package app.atelier.capsule;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.base.ConflictException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.UserText;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.CapsuleSeal;
import app.atelier.board.Card;
import app.atelier.board.CardRemoved;
import app.atelier.board.CardRules;
import app.atelier.security.Actor;
import app.atelier.template.BoardTemplate;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Once a capsule is open, each prediction gets what actually happened and a verdict (right, partly, wrong): from its
 * author or a facilitator, seen by everyone who may see the card. The report compares predictions with reality.
 */
@Service
public class OutcomeService {
    private final BoardService boards;
    private final BoardWrites writes;
    private final AccessService access;
    private final MongoTemplate mongo;
    private final Clock clock;

    OutcomeService(BoardService boards, BoardWrites writes, AccessService access, MongoTemplate mongo, Clock clock) {
        this.boards = boards;
        this.writes = writes;
        this.access = access;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A prediction compared with reality, for the report and the API. */
    public record Comparison(String cardId, String prediction, String happened, Verdict verdict) {
    }

    /** Whether the card is a prediction of an open capsule (its sheet then asks what actually happened). */
    public boolean takesOutcome(Board board, Card card) {
        return isOpen(board) && !card.isHidden() && predictions(board).predicts(card.getZone());
    }

    /** Records what actually happened to a prediction, and the verdict (either may be left empty, not both). */
    public Outcome record(Actor actor, String boardId, String cardId, String happened, Verdict verdict) {
        Role role = access.requireWriter(actor, boardId);
        Board board = writes.board(boardId);
        requireOpen(board);
        Card card = boards.getCard(actor, boardId, cardId);
        if (card.isHidden() || !predictions(board).predicts(card.getZone())) {
            throw new InvalidInputException("card", "error.capsule.notPrediction");
        }
        AccessService.requireCardOwnerOrFacilitator(actor, boardId, role, card.getAuthorId());
        String text = UserText.optional("happened", happened, CardRules.MAX_TEXT, "error.text.tooLong");
        if (text.isEmpty() && verdict == null) {
            throw new InvalidInputException("happened", "error.capsule.outcomeEmpty");
        }
        Outcome outcome = new Outcome(Outcome.key(boardId, cardId), boardId, cardId, text, verdict, actor.name(),
                clock.instant());
        mongo.save(outcome);
        // the card's pages hear of it as of any change to the card
        writes.recordCardChange(actor, boardId, cardId, new Update());
        return outcome;
    }

    /** The outcomes of the predictions this person may see, by card (none until the capsule is open). */
    public Map<String, Outcome> outcomes(Actor actor, String boardId) {
        Board board = boards.getBoard(actor, boardId);
        if (!isOpen(board)) {
            return Map.of();
        }
        Set<String> visible = boards.cards(actor, boardId).stream().filter(c -> !c.isHidden()).map(Card::getId)
                .collect(Collectors.toSet());
        Map<String, Outcome> byCard = new HashMap<>();
        mongo.find(Query.query(where("boardId").is(boardId)), Outcome.class).stream()
                .filter(o -> visible.contains(o.cardId())).forEach(o -> byCard.put(o.cardId(), o));
        return byCard;
    }

    public Optional<Outcome> outcome(Actor actor, String boardId, String cardId) {
        return Optional.ofNullable(outcomes(actor, boardId).get(cardId));
    }

    /** Every prediction this person may see with what happened (the report's comparison), in posting order. */
    public List<Comparison> comparison(Actor actor, String boardId) {
        Board board = boards.getBoard(actor, boardId);
        if (!isOpen(board)) {
            return List.of();
        }
        Map<String, Outcome> outcomes = outcomes(actor, boardId);
        BoardTemplate.Capsule capsule = predictions(board);
        return boards.cards(actor, boardId).stream().filter(c -> !c.isHidden() && capsule.predicts(c.getZone()))
                .map(c -> {
                    Outcome o = outcomes.get(c.getId());
                    return new Comparison(c.getId(), c.getText(), o == null ? "" : o.happened(),
                            o == null ? null : o.verdict());
                }).toList();
    }

    private static boolean isOpen(Board board) {
        return board.getCapsule() != null && board.getCapsule().state() == CapsuleSeal.State.OPEN;
    }

    private void requireOpen(Board board) {
        if (board.isSealed()) {
            throw BoardService.sealed(board);
        }
        if (!isOpen(board)) {
            throw new ConflictException("error.capsule.notOpen");
        }
    }

    private BoardTemplate.Capsule predictions(Board board) {
        return boards.templateOf(board).timeCapsule().orElse(new BoardTemplate.Capsule(List.of()));
    }

    /** A deleted prediction takes its outcome with it. */
    @EventListener
    void on(CardRemoved removed) {
        mongo.remove(Query.query(where("_id").is(Outcome.key(removed.boardId(), removed.cardId()))), Outcome.class);
    }
}
