package app.atelier.board.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.store.StoreFlush;
import app.atelier.board.BoardEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.LongStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The persistent, ordered event log of every board (collection {@code board_events}). Each change gets the next
 * {@code seq} of its board, which never goes back across restarts and nodes: a place is taken by inserting the
 * event under the id {@code boardId:seq}, so two writers (threads or nodes) cannot take the same one, and a place
 * is only tried once the one before it exists, so the sequence has no holes. Reads are lookups by id, which every
 * MongoDB (and the embedded store) answers from its primary index.
 */
@Component
public class BoardEventLog {
    private static final Logger log = LoggerFactory.getLogger(BoardEventLog.class);
    static final int BATCH = 500;
    private static final int FIRST_STEP = 16;

    /** An event and its place in the board's sequence, with who made it and when. */
    public record Entry(long seq, BoardEvent event, String actorId, Instant at) {
        public String boardId() {
            return event.boardId();
        }
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final StoreFlush flush;
    private final Duration keepAtLeast;
    private final long keepLast;
    private final Stripe[] stripes = new Stripe[64];
    /** The last seq this node knows per board: where the next append starts trying. */
    private final Map<String, Long> lastKnown = new ConcurrentHashMap<>();

    @Autowired
    BoardEventLog(MongoTemplate mongo, Clock clock, ObjectProvider<StoreFlush> flush,
                  @Value("${atelier.events.retention.min-age:30d}") Duration keepAtLeast,
                  @Value("${atelier.events.retention.min-count:10000}") long keepLast) {
        this(mongo, clock, flush.getIfAvailable(() -> StoreFlush.NONE), keepAtLeast, keepLast);
    }

    /** A log over {@code mongo} with nothing to flush (tests, and a second view of the same store). */
    BoardEventLog(MongoTemplate mongo, Clock clock, Duration keepAtLeast, long keepLast) {
        this(mongo, clock, StoreFlush.NONE, keepAtLeast, keepLast);
    }

    private BoardEventLog(MongoTemplate mongo, Clock clock, StoreFlush flush, Duration keepAtLeast, long keepLast) {
        this.mongo = mongo;
        this.clock = clock;
        this.flush = flush;
        this.keepAtLeast = keepAtLeast;
        this.keepLast = keepLast;
        Arrays.setAll(stripes, i -> new Stripe());
    }

    /** Events waiting for their place, for the boards that share this stripe; its monitor is the place lock. */
    private static final class Stripe {
        final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();
    }

    /** One append on its way: its place once it has one, or why it has none. */
    private static final class Pending {
        private static final String NODE = Long.toHexString(new java.security.SecureRandom().nextLong());
        private static final java.util.concurrent.atomic.AtomicLong COUNT = new java.util.concurrent.atomic.AtomicLong();
        final BoardEvent event;
        final String actorId;
        final Instant at;
        final String origin = NODE + "-" + COUNT.incrementAndGet();
        long seq;
        boolean placed;
        RuntimeException failed;

        Pending(BoardEvent event, String actorId, Instant at) {
            this.event = event;
            this.actorId = actorId;
            this.at = at;
        }

        String boardId() {
            return event.boardId();
        }
    }

    /**
     * Appends the event at the board's next place and returns it. Appends of one board on this node take their
     * places one at a time, under a lock; appends that queue up meanwhile are placed together by whoever holds it
     * next, in one ordered insert (a group commit: a busy board costs one store round trip per batch, not per
     * event). Another node appending at once just makes this try the next place. Events may then reach
     * {@link LiveBoards} slightly out of order: it puts them back in order.
     */
    public Entry append(BoardEvent event, String actorId) {
        String boardId = event.boardId();
        Pending mine = new Pending(event, actorId, clock.instant());
        Stripe stripe = stripes[Math.floorMod(boardId.hashCode(), stripes.length)];
        stripe.waiting.add(mine);
        synchronized (stripe) {
            if (!mine.placed && mine.failed == null) {
                placeWaiting(stripe);
            }
        }
        if (mine.failed != null) {
            throw mine.failed;
        }
        mongo.upsert(Query.query(where("_id").is(boardId)), new Update().max("last", mine.seq), EventCounter.class);
        // nobody hears of an event that a crash could still take back (and whose seq it would then hand out again)
        flush.flush();
        return new Entry(mine.seq, event, actorId, mine.at);
    }

    /** Places every event waiting on the stripe, in the order they came (the caller holds the stripe's lock). */
    private void placeWaiting(Stripe stripe) {
        List<Pending> batch = new ArrayList<>();
        for (Pending next = stripe.waiting.poll(); next != null; next = stripe.waiting.poll()) {
            batch.add(next);
        }
        Map<String, Long> last = new java.util.HashMap<>();
        for (Pending pending : batch) {
            pending.seq = last.merge(pending.boardId(), lastKnown.computeIfAbsent(pending.boardId(),
                    this::storedLast) + 1, (before, first) -> before + 1);
        }
        int inserted;
        try {
            inserted = insertInOrder(batch);
        } catch (RuntimeException storeFailed) {
            batch.forEach(pending -> pending.failed = storeFailed); // each caller hears it, none is left waiting
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Pending pending = batch.get(i);
            try {
                if (i >= inserted) {
                    placeAlone(pending); // its place was taken (another node): try the next ones
                }
                pending.placed = true;
                lastKnown.merge(pending.boardId(), pending.seq, Math::max);
            } catch (RuntimeException e) {
                pending.failed = e;
            }
        }
    }

    /**
     * Inserts the batch in one ordered insert; answers how many of its first events are in the store (all, or
     * those before the first place another node had taken: an ordered insert stops there).
     */
    private int insertInOrder(List<Pending> batch) {
        List<EventRecord> records = batch.stream()
                .map(p -> EventRecord.of(p.seq, p.event, p.actorId, p.at, mongo.getConverter()).from(p.origin))
                .toList();
        try {
            mongo.insert(records, EventRecord.class);
            return records.size();
        } catch (DuplicateKeyException taken) {
            int stored = 0;
            // the store says which failed only in its own words: read back which of ours are there, in order
            while (stored < records.size() && ours(records.get(stored))) {
                stored++;
            }
            return stored;
        }
    }

    private boolean ours(EventRecord record) {
        EventRecord stored = mongo.findById(record.id(), EventRecord.class);
        return stored != null && record.origin().equals(stored.origin());
    }

    /** One event, at the first free place after the board's last known one. */
    private void placeAlone(Pending pending) {
        long seq = lastKnown.computeIfAbsent(pending.boardId(), this::storedLast) + 1;
        for (int attempt = 0; ; attempt++) {
            try {
                mongo.insert(EventRecord.of(seq, pending.event, pending.actorId, pending.at, mongo.getConverter())
                        .from(pending.origin));
                pending.seq = seq;
                return;
            } catch (DuplicateKeyException taken) {
                // another node wrote there first: its event exists, so ours goes after it
                seq = attempt % 8 == 7 ? Math.max(seq, storedLast(pending.boardId())) + 1 : seq + 1;
            }
        }
    }

    /** An event of the board exists at {@code seq} (heard from another node): appends start after it. */
    public void saw(String boardId, long seq) {
        lastKnown.merge(boardId, seq, Math::max);
    }

    private long storedLast(String boardId) {
        EventCounter counter = counter(boardId);
        return counter == null ? 0 : counter.last();
    }

    private EventCounter counter(String boardId) {
        return mongo.findById(boardId, EventCounter.class);
    }

    /**
     * The board's latest seq as written to the store. The counter is written just after the event, so a node
     * that died in between leaves it one behind: the next event is looked up too.
     */
    public long last(String boardId) {
        long last = Math.max(storedLast(boardId), lastKnown.getOrDefault(boardId, 0L));
        while (exists(boardId, last + 1)) {
            last++;
        }
        return last;
    }

    /** The oldest seq still kept for the board (1 until something was pruned). */
    public long firstKept(String boardId) {
        EventCounter counter = counter(boardId);
        return counter == null ? 1 : counter.firstKept();
    }

    public boolean exists(String boardId, long seq) {
        // by id, not exists(): that counts, and the embedded store counts by reading the whole collection
        return seq > 0 && mongo.findById(EventRecord.id(boardId, seq), EventRecord.class) != null;
    }

    /** The events after {@code after} up to {@code upTo} (inclusive), in order; fewer if some are not there. */
    public List<Entry> read(String boardId, long after, long upTo) {
        List<Entry> entries = new ArrayList<>();
        for (long from = after + 1; from <= upTo; from += BATCH) {
            long to = Math.min(upTo, from + BATCH - 1);
            List<String> ids = LongStream.rangeClosed(from, to).mapToObj(s -> EventRecord.id(boardId, s)).toList();
            mongo.find(Query.query(where("_id").in(ids)), EventRecord.class).stream()
                    .sorted(Comparator.comparingLong(EventRecord::seq)).map(this::entry).forEach(entries::add);
        }
        return entries;
    }

    /**
     * What follows each board's position, in one query per round: the next event of every board is looked up by
     * id; a board that has one is then read further. This is the polling feed and the gap repair of every feed.
     */
    public List<Entry> readAfter(Map<String, Long> positions) {
        List<Entry> found = new ArrayList<>();
        if (positions.isEmpty()) {
            return found;
        }
        List<String> ids = positions.entrySet().stream().map(e -> EventRecord.id(e.getKey(), e.getValue() + 1))
                .toList();
        for (EventRecord first : mongo.find(Query.query(where("_id").in(ids)), EventRecord.class)) {
            found.add(entry(first));
            // usually a few more at most: read on in small steps, larger ones if the board was busy
            long at = first.seq();
            for (int step = FIRST_STEP; ; step = BATCH) {
                List<Entry> more = read(first.boardId(), at, at + step);
                found.addAll(more);
                if (more.size() < step) {
                    break;
                }
                at = more.getLast().seq();
            }
        }
        return found;
    }

    public Entry entry(EventRecord record) {
        return record.entry(mongo.getConverter());
    }

    /**
     * Retention: an event is pruned once it is both older than {@code atelier.events.retention.min-age} (30 days)
     * and not among the board's last {@code atelier.events.retention.min-count} (10,000), so either keeps it.
     */
    @Scheduled(initialDelayString = "${atelier.events.retention.every:1h}",
            fixedDelayString = "${atelier.events.retention.every:1h}")
    public void prune() {
        Instant cutoff = clock.instant().minus(keepAtLeast);
        for (EventCounter counter : mongo.findAll(EventCounter.class)) {
            try {
                prune(counter, cutoff);
            } catch (RuntimeException e) {
                log.warn("Pruning the event log of board {} failed", counter.boardId(), e);
            }
        }
    }

    private void prune(EventCounter counter, Instant cutoff) {
        long beyond = counter.last() - keepLast;
        long first = counter.firstKept();
        while (first <= beyond) {
            List<Entry> batch = read(counter.boardId(), first - 1, Math.min(beyond, first + BATCH - 1));
            List<Entry> old = batch.stream().takeWhile(e -> e.at().isBefore(cutoff)).toList();
            if (old.isEmpty()) {
                break;
            }
            long newFirst = old.getLast().seq() + 1;
            mongo.remove(Query.query(where("_id").in(old.stream().map(e -> EventRecord.id(e.boardId(), e.seq()))
                    .toList())), EventRecord.class);
            mongo.updateFirst(Query.query(where("_id").is(counter.boardId())), new Update().set("firstKept", newFirst),
                    EventCounter.class);
            if (old.size() < batch.size()) {
                break;
            }
            first = newFirst;
        }
    }
}
