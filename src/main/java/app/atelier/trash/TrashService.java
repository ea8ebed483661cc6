package app.atelier.trash;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.access.AccessService;
import app.atelier.access.Role;
import app.atelier.base.ConflictException;
import app.atelier.base.NotFoundException;
import app.atelier.board.Board;
import app.atelier.board.BoardService;
import app.atelier.board.BoardWrites;
import app.atelier.board.Card;
import app.atelier.board.CardBin;
import app.atelier.board.CardRemoved;
import app.atelier.board.CardVisibility;
import app.atelier.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The board's trash. Deleting a card keeps it here ({@link CardBin}); what hangs on it (comments, images, votes,
 * marks) stays where it is, out of reach while the card is. Restoring puts the card back for everyone; purging (a
 * facilitator's, or age's) is when it is gone for good and the features tidy up ({@link CardRemoved}).
 */
@Service
public class TrashService implements CardBin {
    private static final Logger log = LoggerFactory.getLogger(TrashService.class);

    private final BoardService boards;
    private final BoardWrites writes;
    private final AccessService access;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher features;
    private final Clock clock;
    private final Duration keep;

    TrashService(BoardService boards, BoardWrites writes, AccessService access, MongoTemplate mongo,
                 ApplicationEventPublisher features, Clock clock, @Value("${atelier.trash.keep:30d}") Duration keep) {
        this.boards = boards;
        this.writes = writes;
        this.access = access;
        this.mongo = mongo;
        this.features = features;
        this.clock = clock;
        this.keep = keep;
    }

    /** A card in the trash as one person may see it, whether they may bring it back, and until when it is kept. */
    public record Entry(Card card, String deletedBy, Instant deletedAt, Instant keptUntil, boolean mayRestore) {
    }

    @Override
    public void keep(Card card, Actor deletedBy) {
        mongo.save(TrashedCard.of(card, deletedBy, clock.instant(), mongo.getConverter()));
    }

    /**
     * What this person may see in the board's trash, last deleted first: private writing and anonymity apply as on
     * the board (another's private card is not listed; no names on an anonymous board).
     */
    public List<Entry> list(Actor actor, String boardId) {
        Role role = access.requireMember(actor, boardId);
        Board board = boards.getBoard(actor, boardId);
        return mongo.find(Query.query(where("boardId").is(boardId)), TrashedCard.class).stream()
                .sorted(Comparator.comparing(TrashedCard::deletedAt).reversed())
                .map(t -> entry(t, CardVisibility.forViewer(t.card(mongo.getConverter()), board, actor, role), board,
                        actor, role))
                .filter(e -> !e.card().isHidden()).toList();
    }

    private Entry entry(TrashedCard trashed, Card shown, Board board, Actor actor, Role role) {
        boolean mayRestore = role.canWrite() && (role == Role.FACILITATOR
                || actor.id().equals(shown.getAuthorId()));
        return new Entry(shown, board.isAnonymous() ? null : trashed.deletedBy(), trashed.deletedAt(),
                trashed.deletedAt().plus(keep), mayRestore);
    }

    /** Brings a card back for everyone, as it was (its author or a facilitator). */
    public Card restore(Actor actor, String boardId, String cardId) {
        access.requireMember(actor, boardId); // a stranger learns nothing of what is in the trash
        Card card = trashed(boardId, cardId).card(mongo.getConverter());
        Role role = boards.requireMayAdd(actor, boardId, card.getZone());
        AccessService.requireCardOwnerOrFacilitator(actor, boardId, role, card.getAuthorId());
        if (writes.hasCard(boardId, cardId)) {
            throw new ConflictException("error.trash.alreadyBack");
        }
        // out of the trash first: of two people restoring at once, one does
        if (mongo.remove(Query.query(where("_id").is(cardId).and("boardId").is(boardId)), TrashedCard.class)
                .getDeletedCount() == 0) {
            throw new NotFoundException("error.trash.notFound", cardId);
        }
        Card restored = writes.restoreCard(actor, card);
        return CardVisibility.forViewer(restored, boards.getBoard(actor, boardId), actor, role);
    }

    /** Deletes a card in the trash for good, with what hangs on it (facilitators). */
    public void purge(Actor facilitator, String boardId, String cardId) {
        access.requireFacilitator(facilitator, boardId);
        trashed(boardId, cardId);
        purge(boardId, List.of(cardId));
    }

    /** Empties the board's trash for good (facilitators); answers how many cards went. */
    public int empty(Actor facilitator, String boardId) {
        access.requireFacilitator(facilitator, boardId);
        return purge(boardId, mongo.find(Query.query(where("boardId").is(boardId)), TrashedCard.class).stream()
                .map(TrashedCard::id).toList());
    }

    /** Age: every node purges what has been in a trash longer than {@code atelier.trash.keep}. */
    @Scheduled(initialDelayString = "${atelier.trash.check-every:1h}", fixedDelayString = "${atelier.trash.check-every:1h}")
    public void purgeOld() {
        Instant cutoff = clock.instant().minus(keep);
        mongo.find(Query.query(where("deletedAt").lt(cutoff)), TrashedCard.class).forEach(t -> {
            try {
                purge(t.boardId(), List.of(t.id()));
            } catch (RuntimeException e) {
                log.warn("Purging card {} of board {} from the trash failed", t.id(), t.boardId(), e);
            }
        });
    }

    private int purge(String boardId, List<String> cardIds) {
        int purged = 0;
        for (String cardId : cardIds) {
            // whoever removes it from the trash tells the features, once
            if (mongo.remove(Query.query(where("_id").is(cardId).and("boardId").is(boardId)), TrashedCard.class)
                    .getDeletedCount() > 0) {
                features.publishEvent(new CardRemoved(boardId, cardId));
                purged++;
            }
        }
        return purged;
    }

    /** The card, if it is in the board's trash (unfiltered: for the checks of a feature that restores). */
    public Optional<TrashedCard> find(String boardId, String cardId) {
        return Optional.ofNullable(cardId == null ? null : mongo.findById(cardId, TrashedCard.class))
                .filter(t -> t.boardId().equals(boardId));
    }

    private TrashedCard trashed(String boardId, String cardId) {
        TrashedCard trashed = cardId == null ? null : mongo.findById(cardId, TrashedCard.class);
        if (trashed == null || !trashed.boardId().equals(boardId)) {
            throw new NotFoundException("error.trash.notFound", cardId);
        }
        return trashed;
    }
}
