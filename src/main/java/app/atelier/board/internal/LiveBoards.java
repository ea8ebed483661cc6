package app.atelier.board.internal;

import app.atelier.base.NotFoundException;
import app.atelier.board.Board;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The boards this node holds in memory (see {@link LiveBoard}): loaded from the store once, on first use, then kept
 * current by the event log, whether a change was made here or on another node. Joins, snapshots and the canvas
 * read from here; writes still go to the store first. A board nobody follows or reads for
 * {@code atelier.live.idle} (5 minutes) is let go.
 */
@Component
public class LiveBoards {
    private static final Logger log = LoggerFactory.getLogger(LiveBoards.class);
    /** How long the log is given to show a missing event before the board is reloaded from the store. */
    private static final int REPAIR_TRIES = 20;
    private static final long REPAIR_DELAY_MS = 50;

    private final Map<String, LiveBoard> boards = new ConcurrentHashMap<>();
    private final Map<String, Integer> repairTries = new ConcurrentHashMap<>();
    private final BoardRepository boardStore;
    private final CardRepository cardStore;
    private final BoardEventLog eventLog;
    private final long idleNanos;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-boards");
        thread.setDaemon(true);
        return thread;
    });

    LiveBoards(BoardRepository boardStore, CardRepository cardStore, BoardEventLog eventLog,
               @Value("${atelier.live.idle:5m}") Duration idle) {
        this.boardStore = boardStore;
        this.cardStore = cardStore;
        this.eventLog = eventLog;
        this.idleNanos = idle.toNanos();
        background.scheduleWithFixedDelay(this::letGoOfIdleBoards, 30, 30, TimeUnit.SECONDS);
    }

    /**
     * The board in memory, loaded now if this node does not hold it yet: by one thread, the others wait for it (a
     * crowd opening a board at once reads it from the store once).
     */
    public LiveBoard get(String boardId) {
        LiveBoard live = boards.computeIfAbsent(boardId, LiveBoard::new);
        if (!live.isLoaded()) {
            synchronized (live) {
                if (!live.isLoaded()) {
                    try {
                        load(live);
                    } catch (RuntimeException e) {
                        boards.remove(boardId, live);
                        throw e;
                    }
                    catchUp(live);
                }
            }
        }
        return live;
    }

    /** Whether this node holds the board (its events then matter here). */
    public boolean holds(String boardId) {
        return boards.containsKey(boardId);
    }

    private LiveBoard load(LiveBoard live) {
        // events waiting for a lost one are in the store's state already: the board starts again after them
        long seq = Math.max(eventLog.last(live.id), live.lastEarly());
        Board board = boardStore.findById(live.id)
                .orElseThrow(() -> new NotFoundException("error.board.notFound", live.id));
        live.load(seq, board, cardStore.findByBoardIdOrderByCreatedAtAsc(live.id));
        eventLog.saw(live.id, seq);
        return live;
    }

    /** Adds a follower to the board (held from now on while followed); returns the seq it starts after. */
    public long follow(String boardId, LiveBoard.Follower follower) {
        return start(boardId, follower).seq();
    }

    /** Adds a follower to the board (held from now on while followed); returns the session it starts after. */
    public LiveBoard.Start start(String boardId, LiveBoard.Follower follower) {
        while (true) {
            LiveBoard live = get(boardId);
            LiveBoard.Start[] start = {null};
            // inside compute(): letting go of an idle board cannot race with a new follower
            boards.computeIfPresent(boardId, (id, held) -> {
                if (held == live) {
                    start[0] = live.start(follower);
                }
                return held;
            });
            if (start[0] != null) {
                return start[0];
            }
            // let go of (or replaced) just now: take the board as held now
        }
    }

    /** How many boards this node holds in memory now. */
    int held() {
        return boards.size();
    }

    public void unfollow(String boardId, LiveBoard.Follower follower) {
        LiveBoard live = boards.get(boardId);
        if (live != null) {
            live.unfollow(follower);
        }
    }

    /** An event from this node or another: applied to the board if held here, in order, then told. */
    public void offer(BoardEventLog.Entry entry) {
        LiveBoard live = accept(entry);
        if (live != null) {
            live.tellFollowers();
        }
    }

    /** Applies the event to the board if held here (see {@link #offer}); its followers are not told yet. */
    private LiveBoard accept(BoardEventLog.Entry entry) {
        eventLog.saw(entry.boardId(), entry.seq());
        LiveBoard live = boards.get(entry.boardId());
        if (live != null && live.accept(entry)) {
            scheduleRepair(live);
        }
        return live;
    }

    /** Where each held board stands: what the feeds ask the log to continue from. */
    public Map<String, Long> positions() {
        Map<String, Long> positions = new HashMap<>();
        boards.values().stream().filter(LiveBoard::isLoaded).forEach(live -> positions.put(live.id, live.seq()));
        return positions;
    }

    /** Reads from the log whatever follows every held board (after a feed's error, or to start). */
    public void catchUpAll() {
        deliver(eventLog.readAfter(positions()));
    }

    private void catchUp(LiveBoard live) {
        deliver(eventLog.readAfter(Map.of(live.id, live.seq())));
    }

    private void deliver(List<BoardEventLog.Entry> entries) {
        entries.forEach(this::offer);
    }

    /** One repair at a time per board: early events that keep coming do not start more. */
    private void scheduleRepair(LiveBoard live) {
        if (repairTries.putIfAbsent(live.id, 0) == null) {
            retryRepair(live);
        }
    }

    private void retryRepair(LiveBoard live) {
        background.schedule(() -> repair(live), REPAIR_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * An event arrived before one it follows: ask the log for the missing ones. If the log still lacks them after a
     * while (they were pruned, or the store lost them), reload the board and tell its followers to start again.
     */
    private void repair(LiveBoard live) {
        try {
            if (live.missingFrom() == 0) {
                repairTries.remove(live.id);
                return;
            }
            catchUp(live);
            if (live.missingFrom() == 0) {
                repairTries.remove(live.id);
            } else if (repairTries.merge(live.id, 1, Integer::sum) >= REPAIR_TRIES) {
                log.warn("Board {}: events from {} are missing from the log; reloading it", live.id,
                        live.missingFrom());
                repairTries.remove(live.id);
                load(live);
                live.resync();
            } else {
                retryRepair(live);
            }
        } catch (RuntimeException e) {
            log.warn("Repairing board {} failed; trying again", live.id, e);
            retryRepair(live);
        }
    }

    private void letGoOfIdleBoards() {
        boards.keySet().forEach(id -> boards.computeIfPresent(id,
                (key, live) -> live.followerCount() == 0 && live.idleNanos() > idleNanos ? null : live));
    }

    @PreDestroy
    public void stop() {
        background.shutdownNow();
    }
}
