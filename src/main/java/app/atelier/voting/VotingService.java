package app.atelier.voting;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.base.ForbiddenException;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.Card;
import app.atelier.board.CardVisibility;
import app.atelier.board.Phase;
import app.atelier.board.VoteSettings;
import app.atelier.security.Actor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Dot-voting. The facilitator opens a round (budget, optional maximum per card, optional hidden totals) and closes
 * it, which freezes it. Facilitators and participants vote; observers watch.
 */
@Service
public class VotingService {
    private final MongoTemplate mongo;
    private final AccessService access;
    private final BoardService boards;
    private final BoardWrites writes;

    VotingService(MongoTemplate mongo, AccessService access, BoardService boards, BoardWrites writes) {
        this.mongo = mongo;
        this.access = access;
        this.boards = boards;
        this.writes = writes;
    }

    /** Opens a new round: every card starts again from zero dots; the session moves to the vote phase. */
    public Board open(Actor facilitator, String boardId, Integer budget, Integer maxPerCard, boolean hideTotals) {
        access.requireFacilitator(facilitator, boardId);
        Board board = board(boardId);
        int dots = budget == null ? VoteSettings.DEFAULT_BUDGET : budget;
        if (dots < 1 || dots > VoteSettings.MAX_BUDGET) {
            throw new InvalidInputException("budget", "error.vote.budget", VoteSettings.MAX_BUDGET);
        }
        if (maxPerCard != null && (maxPerCard < 1 || maxPerCard > dots)) {
            throw new InvalidInputException("maxPerCard", "error.vote.maxPerCard", dots);
        }
        resetVotes(boardId);
        VoteSettings vote = new VoteSettings(true, dots, maxPerCard, hideTotals, board.getVote().round() + 1);
        Update update = new Update().set("vote", vote);
        if (isOnAgenda(board, Phase.VOTE)) {
            update.set("phase", Phase.VOTE);
        }
        return changeSession(facilitator, boardId, update);
    }

    /** Closes the round: nobody can vote any more and the totals show. */
    public Board close(Actor facilitator, String boardId) {
        access.requireFacilitator(facilitator, boardId);
        VoteSettings vote = board(boardId).getVote();
        if (!vote.open()) {
            throw new InvalidInputException("vote", "error.vote.notOpen");
        }
        Board closed = changeSession(facilitator, boardId, new Update().set("vote.open", false));
        recountAll(boardId, vote.round());
        return closed;
    }

    /**
     * Adds ({@code +1}) or takes back ({@code -1}) one dot on a card. The ballot changes in one conditional update,
     * so fifty simultaneous clicks never spend more than the budget; refused clicks say why.
     */
    public Card vote(Actor voter, String boardId, String cardId, int delta) {
        Role role = access.requireWriter(voter, boardId);
        Board board = board(boardId);
        VoteSettings vote = board.getVote();
        if (!vote.open()) {
            throw new ForbiddenException("error.vote.notOpen");
        }
        if (delta != 1 && delta != -1) {
            throw new InvalidInputException("delta", "error.vote.delta");
        }
        if (!writes.hasCard(boardId, cardId)) {
            throw new NotFoundException("error.card.notFound", cardId);
        }
        String ballotId = Ballot.key(boardId, vote.round(), voter.id());
        if (delta > 0) {
            ensureBallot(boardId, vote.round(), voter.id()); // taking back a dot one never gave writes nothing
        }
        String onCard = "perCard." + cardId;
        Criteria condition = where("id").is(ballotId);
        if (delta > 0) {
            condition.and("spent").lt(vote.budget());
            if (vote.maxPerCard() != null) {
                condition.orOperator(where(onCard).exists(false), where(onCard).lt(vote.maxPerCard()));
            }
        } else {
            condition.and(onCard).gt(0);
        }
        Ballot changed = mongo.findAndModify(Query.query(condition), new Update().inc("spent", delta).inc(onCard, delta),
                FindAndModifyOptions.options().returnNew(true), Ballot.class);
        if (changed == null) {
            throw new ForbiddenException(delta > 0 ? "error.vote.noDotsLeft" : "error.vote.noDotToTake");
        }
        // Both increments are atomic and commute, so concurrent dots always add up; close() recounts from the
        // ballots anyway, so even a crash between the two writes leaves the frozen totals exact.
        Card card = writes.recordCardChange(voter, boardId, cardId, new Update().inc("votes", delta));
        return CardVisibility.forViewer(card, board, voter, role); // the role and board this vote was checked with
    }

    /** This person's ballot in the current round, if they voted. */
    public Optional<Ballot> ballot(Actor voter, String boardId) {
        access.requireMember(voter, boardId);
        int round = board(boardId).getVote().round();
        return Optional.ofNullable(mongo.findById(Ballot.key(boardId, round, voter.id()), Ballot.class));
    }

    private void ensureBallot(String boardId, int round, String voterId) {
        if (mongo.findById(Ballot.key(boardId, round, voterId), Ballot.class) == null) {
            try {
                mongo.insert(new Ballot(boardId, round, voterId));
            } catch (DuplicateKeyException concurrentFirstVote) {
                // another click of the same person created it first: fine
            }
        }
    }

    /**
     * Every card with dots starts again from zero, one change each (as reorder does): each node keeps its boards in
     * memory, current only through card events, so a bulk write would leave pages showing the old dots.
     */
    private void resetVotes(String boardId) {
        for (Card card : mongo.find(Query.query(where("boardId").is(boardId).and("votes").ne(0)), Card.class)) {
            try {
                writes.recordCardChange(null, boardId, card.getId(), new Update().set("votes", 0));
            } catch (NotFoundException deletedMeanwhile) {
                // gone since the read: no dots left to reset
            }
        }
    }

    /** Sets every card's total from the ballots (the source of truth) when the round freezes. */
    private void recountAll(String boardId, int round) {
        Map<String, Integer> totals = new HashMap<>();
        mongo.find(Query.query(where("boardId").is(boardId).and("round").is(round)), Ballot.class)
                .forEach(b -> b.getPerCard().forEach((card, dots) -> totals.merge(card, dots, Integer::sum)));
        for (Card card : mongo.find(Query.query(where("boardId").is(boardId)), Card.class)) {
            int total = totals.getOrDefault(card.getId(), 0);
            if (card.getVotes() != total) {
                writes.recordCardChange(null, boardId, card.getId(), new Update().set("votes", total));
            }
        }
    }

    private Board changeSession(Actor actor, String boardId, Update update) {
        return writes.changeSession(actor, boardId, update);
    }

    private Board board(String boardId) {
        return writes.board(boardId);
    }

    private boolean isOnAgenda(Board board, Phase phase) {
        return boards.templateOf(board).agenda().contains(phase.id());
    }
}
