package app.atelier.voting;

import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's dots in one vote round: {@code spent} in all and how many on each card. Every change is a single
 * conditional update of this small document, so concurrent clicks can never overspend the budget.
 */
@Document("ballots")
public class Ballot {
    @Id
    private String id;
    @Indexed
    private String boardId;
    private int round;
    private String voterId;
    private int spent;
    private Map<String, Integer> perCard;

    protected Ballot() {
    }

    Ballot(String boardId, int round, String voterId) {
        this.id = key(boardId, round, voterId);
        this.boardId = boardId;
        this.round = round;
        this.voterId = voterId;
        this.perCard = Map.of();
    }

    static String key(String boardId, int round, String voterId) {
        return boardId + "/" + round + "/" + voterId;
    }

    public int getSpent() {
        return spent;
    }

    public Map<String, Integer> getPerCard() {
        return perCard == null ? Map.of() : perCard;
    }

    public int getRound() {
        return round;
    }
}
