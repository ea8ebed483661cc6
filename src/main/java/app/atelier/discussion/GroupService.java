package app.atelier.discussion;

import app.atelier.access.AccessService;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.Card;
import app.atelier.board.CardRules;
import app.atelier.security.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Converging: the facilitator gathers cards into named groups (the patterns of a Mur des Fails) and links a card to
 * the cards that are its evidence (a golden rule to its fails).
 */
@Service
public class GroupService {
    private final BoardService boards;
    private final BoardWrites writes;
    private final AccessService access;

    GroupService(BoardService boards, BoardWrites writes, AccessService access) {
        this.boards = boards;
        this.writes = writes;
        this.access = access;
    }

    /** Puts the card in the group of that name (an existing group whatever the case), or out of any group. */
    public Card setGroup(Actor facilitator, String boardId, String cardId, String groupName) {
        access.requireFacilitator(facilitator, boardId);
        String name = CardRules.group(groupName);
        if (name == null) {
            return change(facilitator, boardId, cardId, new Update().unset("group"));
        }
        String existing = groups(facilitator, boardId).keySet().stream().filter(g -> g.equalsIgnoreCase(name))
                .findFirst().orElse(name);
        return change(facilitator, boardId, cardId, new Update().set("group", existing));
    }

    /** The cards that back this one; each must be another card of the same board. */
    public Card setEvidence(Actor facilitator, String boardId, String cardId, List<String> evidenceIds) {
        access.requireFacilitator(facilitator, boardId);
        List<String> ids = CardRules.evidence("cardIds", cardId, evidenceIds, id -> writes.hasCard(boardId, id));
        return change(facilitator, boardId, cardId, new Update().set("evidence", ids));
    }

    /** The groups of the board, by name, with their cards' ids in posting order. */
    public Map<String, List<String>> groups(Actor actor, String boardId) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        boards.cards(actor, boardId).stream().filter(c -> c.getGroup() != null)
                .forEach(c -> groups.computeIfAbsent(c.getGroup(), g -> new java.util.ArrayList<>()).add(c.getId()));
        return groups;
    }

    private Card change(Actor actor, String boardId, String cardId, Update update) {
        return writes.changeCard(actor, boardId, cardId, update);
    }
}
