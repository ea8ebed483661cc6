package app.atelier.breakout;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Membership;
import app.atelier.access.Role;
import app.atelier.base.InvalidInputException;
import app.atelier.base.NotFoundException;
import app.atelier.board.Board;
import app.atelier.board.BoardWrites;
import app.atelier.board.BreakoutGroup;
import app.atelier.board.Card;
import app.atelier.board.CardRules;
import app.atelier.security.Actor;
import com.vaadin.flow.i18n.I18NProvider;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Small groups on a board, steered by its facilitators: split the participants at random, move one person, rename a
 * group, give a card to a group, end the groups. The groups are part of the session (every page hears of a change);
 * a card's group is part of the card.
 */
@Service
public class BreakoutService {
    static final int MAX_GROUPS = 20;

    private final BoardWrites writes;
    private final AccessService access;
    private final MongoTemplate mongo;
    private final I18NProvider i18n;
    private final Random random = new SecureRandom();

    BreakoutService(BoardWrites writes, AccessService access, MongoTemplate mongo, I18NProvider i18n) {
        this.writes = writes;
        this.access = access;
        this.mongo = mongo;
        this.i18n = i18n;
    }

    /** The board's groups (every member may see who is in which). */
    public List<BreakoutGroup> groups(Actor actor, String boardId) {
        access.requireMember(actor, boardId);
        return writes.board(boardId).getBreakoutGroups();
    }

    /**
     * Splits the board's participants at random into {@code count} groups of sizes that differ by one at most, named
     * in the board's language ("Groupe 1", …). A new split replaces the groups; cards given to a group that no
     * longer exists are given back to nobody.
     */
    public List<BreakoutGroup> split(Actor facilitator, String boardId, Integer count) {
        access.requireFacilitator(facilitator, boardId);
        if (count == null || count < 1 || count > MAX_GROUPS) {
            throw new InvalidInputException("groups", "error.breakout.count", MAX_GROUPS);
        }
        List<String> people = new ArrayList<>(access.members(facilitator, boardId).stream()
                .filter(m -> m.getRole() == Role.PARTICIPANT).map(Membership::getMemberId).toList());
        Collections.shuffle(people, random);
        Board board = writes.board(boardId);
        List<BreakoutGroup> groups = IntStream.range(0, count).mapToObj(i -> new BreakoutGroup(newId(),
                i18n.getTranslation("breakout.default-name", board.getLanguage(), i + 1),
                IntStream.range(0, people.size()).filter(p -> p % count == i).mapToObj(people::get).toList()))
                .toList();
        save(facilitator, boardId, groups);
        return groups;
    }

    /** Moves one member into a group ({@code groupId} null: into none). */
    public List<BreakoutGroup> moveMember(Actor facilitator, String boardId, String memberId, String groupId) {
        access.requireFacilitator(facilitator, boardId);
        if (access.members(facilitator, boardId).stream().noneMatch(m -> m.getMemberId().equals(memberId))) {
            throw new NotFoundException("error.member.notFound", memberId);
        }
        List<BreakoutGroup> groups = writes.board(boardId).getBreakoutGroups();
        requireGroup(groups, groupId);
        List<BreakoutGroup> moved = groups.stream().map(g -> {
            List<String> members = new ArrayList<>(g.memberIds());
            members.remove(memberId);
            if (g.id().equals(groupId)) {
                members.add(memberId);
            }
            return new BreakoutGroup(g.id(), g.name(), members);
        }).toList();
        save(facilitator, boardId, moved);
        return moved;
    }

    public List<BreakoutGroup> rename(Actor facilitator, String boardId, String groupId, String name) {
        access.requireFacilitator(facilitator, boardId);
        String clean = CardRules.group(name);
        if (clean == null) {
            throw new InvalidInputException("name", "error.breakout.name");
        }
        List<BreakoutGroup> groups = writes.board(boardId).getBreakoutGroups();
        requireGroup(groups, groupId);
        List<BreakoutGroup> renamed = groups.stream()
                .map(g -> g.id().equals(groupId) ? new BreakoutGroup(g.id(), clean, g.memberIds()) : g).toList();
        save(facilitator, boardId, renamed);
        return renamed;
    }

    /** Gives a card to a group ({@code groupId} null: to none). */
    public Card assignCard(Actor facilitator, String boardId, String cardId, String groupId) {
        access.requireFacilitator(facilitator, boardId);
        requireGroup(writes.board(boardId).getBreakoutGroups(), groupId);
        Update update = groupId == null ? new Update().unset("breakoutGroup")
                : new Update().set("breakoutGroup", groupId);
        return writes.changeCard(facilitator, boardId, cardId, update);
    }

    /** Ends the groups: everyone is back together, and no card belongs to a group any more. */
    public void end(Actor facilitator, String boardId) {
        access.requireFacilitator(facilitator, boardId);
        save(facilitator, boardId, List.of());
    }

    /** The groups, then each card whose group is gone is given back to nobody (one change each, as pages need). */
    private void save(Actor facilitator, String boardId, List<BreakoutGroup> groups) {
        writes.changeSession(facilitator, boardId, groups.isEmpty() ? new Update().unset("breakoutGroups")
                : new Update().set("breakoutGroups", groups));
        Set<String> kept = groups.stream().map(BreakoutGroup::id).collect(Collectors.toSet());
        Query orphans = Query.query(where("boardId").is(boardId).and("breakoutGroup").ne(null).nin(kept));
        for (Card card : mongo.find(orphans, Card.class)) {
            try {
                writes.recordCardChange(facilitator, boardId, card.getId(), new Update().unset("breakoutGroup"));
            } catch (NotFoundException deletedMeanwhile) {
                // gone: nothing to give back
            }
        }
    }

    private static void requireGroup(List<BreakoutGroup> groups, String groupId) {
        if (groupId != null && groups.stream().noneMatch(g -> g.id().equals(groupId))) {
            throw new NotFoundException("error.breakout.notFound", groupId);
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
