package app.atelier.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One board as this node holds it in memory: its session and cards, current up to {@code seq}, kept so by applying
 * the board's logged events strictly in order. An event that arrives early waits in {@code early} until the ones
 * before it are applied (the log is asked for them). Followers hear each event once, in order, after it is applied.
 */
final class LiveBoard {
    private static final Logger log = LoggerFactory.getLogger(LiveBoard.class);

    /** Someone following the board: its events in order, or "start again" when the node lost its thread. */
    interface Follower {
        void onEvent(BoardEventLog.Entry entry);

        default void onResync() {
        }
    }

    final String id;
    private long seq;
    private Board board;
    /** In posting order. */
    private final Map<String, Card> cards = new LinkedHashMap<>();
    private final TreeMap<Long, BoardEventLog.Entry> early = new TreeMap<>();
    private final List<Follower> followers = new CopyOnWriteArrayList<>();
    private volatile long lastUsedNanos = System.nanoTime();

    LiveBoard(String id) {
        this.id = id;
    }

    /** Replaces the state with what the store holds at {@code seq} (on first use, or after losing the thread). */
    synchronized void load(long seq, Board board, List<Card> cardsInOrder) {
        this.seq = seq;
        this.board = board;
        cards.clear();
        cardsInOrder.forEach(card -> cards.put(card.getId(), card));
        early.headMap(seq, true).clear();
    }

    /** The last seq of the events waiting for a missing one (0 if none wait). */
    synchronized long lastEarly() {
        return early.isEmpty() ? 0 : early.lastKey();
    }

    /**
     * Takes an event: applied now if it is the next one (then any early ones that follow), kept if it is early,
     * ignored if already applied. Returns whether events are still missing before those kept.
     */
    synchronized boolean offer(BoardEventLog.Entry entry) {
        if (entry.seq() <= seq) {
            return !early.isEmpty();
        }
        early.put(entry.seq(), entry);
        while (!early.isEmpty() && early.firstKey() == seq + 1) {
            apply(early.pollFirstEntry().getValue());
        }
        return !early.isEmpty();
    }

    private void apply(BoardEventLog.Entry entry) {
        seq = entry.seq();
        switch (entry.event()) {
            case BoardEvent.CardSaved saved -> {
                Card known = cards.get(saved.card().getId());
                if (known == null || known.getVersion() <= saved.card().getVersion()) {
                    cards.put(saved.card().getId(), saved.card());
                }
            }
            case BoardEvent.CardDeleted deleted -> cards.remove(deleted.cardId());
            case BoardEvent.SessionChanged changed -> {
                if (board != null && changed.board().getVote().round() > board.getVote().round()) {
                    // a new round zeroed every card's dots in the store before it was announced
                    cards.replaceAll((id, card) -> card.getVotes() == 0 ? card : card.withVotes(0));
                }
                board = changed.board();
            }
            case BoardEvent.CommentsChanged ignored -> {
                // the count travels with the card's own event
            }
            case BoardEvent.AccessChanged ignored -> {
                // for the followers: who may see the board is not part of it
            }
        }
        for (Follower follower : followers) {
            try {
                follower.onEvent(entry);
            } catch (RuntimeException e) {
                log.warn("A follower of board {} failed on event {}", id, entry.seq(), e);
            }
        }
    }

    /** Tells every follower to start again from the current state (after a reload). */
    void resync() {
        followers.forEach(follower -> {
            try {
                follower.onResync();
            } catch (RuntimeException e) {
                log.warn("A follower of board {} failed to resync", id, e);
            }
        });
    }

    /** The first seq still missing before the early events, or 0 when none is missing. */
    synchronized long missingFrom() {
        return early.isEmpty() ? 0 : seq + 1;
    }

    /** Adds a follower and returns the seq it starts after: it hears every later event. */
    synchronized long follow(Follower follower) {
        followers.add(follower);
        touch();
        return seq;
    }

    void unfollow(Follower follower) {
        followers.remove(follower);
        touch();
    }

    int followerCount() {
        return followers.size();
    }

    synchronized long seq() {
        return seq;
    }

    synchronized Board board() {
        touch();
        return board;
    }

    synchronized List<Card> cards() {
        touch();
        return new ArrayList<>(cards.values());
    }

    synchronized Card card(String cardId) {
        return cards.get(cardId);
    }

    private void touch() {
        lastUsedNanos = System.nanoTime();
    }

    long idleNanos() {
        return System.nanoTime() - lastUsedNanos;
    }
}
