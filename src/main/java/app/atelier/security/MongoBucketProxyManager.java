package app.atelier.security;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

/**
 * Bucket4j buckets kept in a MongoDB collection, so that every node reading the same database spends the same
 * budget. One document per key: {@code {_id: key, state: <Bucket4j's bytes>, expiresAt}}.
 *
 * <p>Bucket4j does the arithmetic on the node; this class only offers it a compare-and-swap: the first write is an
 * insert (a duplicate key means another node got there first), later writes update only if the stored state is
 * still the one that was read. A single-document update is atomic in MongoDB (and the embedded server locks the
 * collection), so two nodes can never both spend the same token; the loser re-reads and tries again.
 */
public class MongoBucketProxyManager extends AbstractCompareAndSwapBasedProxyManager<String> {
    static final String STATE = "state";
    static final String EXPIRES_AT = "expiresAt";

    /**
     * A bucket expires once it has refilled to full (it then says nothing a fresh bucket would not), plus this
     * margin so that a key tried again soon is updated rather than deleted and inserted again.
     */
    private static final Duration KEEP_AFTER_REFILL = Duration.ofMinutes(1);

    private final MongoCollection<Document> collection;

    public MongoBucketProxyManager(MongoCollection<Document> collection) {
        super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL)));
        this.collection = collection;
    }

    /**
     * Deletes the buckets that expired before {@code now}. An expired bucket is full, so deleting it late changes
     * nothing; this only keeps the collection from growing with every address ever seen.
     */
    public long removeExpired(Instant now) {
        return collection.deleteMany(Filters.lt(EXPIRES_AT, Date.from(now))).getDeletedCount();
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        // Bucket4j reuses the operation for its retries: nothing is cached here, every read goes to the store.
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                Document found = collection.find(Filters.eq("_id", key)).first();
                return Optional.ofNullable(found).map(document -> document.get(STATE, Binary.class).getData());
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                                          Optional<Long> timeoutNanos) {
                Date expiresAt = expiresAt(newState);
                return originalData == null ? insert(key, newData, expiresAt) : replace(key, originalData, newData, expiresAt);
            }
        };
    }

    private boolean insert(String key, byte[] state, Date expiresAt) {
        try {
            collection.insertOne(new Document("_id", key).append(STATE, new Binary(state)).append(EXPIRES_AT, expiresAt));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false; // another node created the bucket since we read: Bucket4j reads again
            }
            throw e;
        }
    }

    private boolean replace(String key, byte[] original, byte[] state, Date expiresAt) {
        Bson unchanged = Filters.and(Filters.eq("_id", key), Filters.eq(STATE, new Binary(original)));
        Bson update = Updates.combine(Updates.set(STATE, new Binary(state)), Updates.set(EXPIRES_AT, expiresAt));
        // Matched, not modified: the swap happened even in the unlikely case that the new bytes equal the old.
        return collection.updateOne(unchanged, update).getMatchedCount() == 1;
    }

    /** When the bucket will be full again (per Bucket4j's expiration strategy), or null to keep it forever. */
    private Date expiresAt(RemoteBucketState state) {
        ExpirationAfterWriteStrategy strategy = getClientSideConfig().getExpirationAfterWriteStrategy().orElseThrow();
        long nowNanos = currentTimeNanos();
        long ttlMillis = strategy.calculateTimeToLiveMillis(state, nowNanos);
        return ttlMillis < 0 ? null : new Date(Duration.ofNanos(nowNanos).toMillis() + ttlMillis);
    }

    @Override
    public void removeProxy(String key) {
        collection.deleteOne(Filters.eq("_id", key));
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    /** Sign-in runs on a request thread and waits for its answer anyway: only the blocking API is offered. */
    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("MongoBucketProxyManager is synchronous");
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("MongoBucketProxyManager is synchronous"));
    }
}
