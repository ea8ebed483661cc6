package app.atelier.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired shared rate-limit buckets now and then. A real MongoDB does it itself (TTL index), but the embedded
 * server has no TTL monitor: without this, every address that ever failed a sign-in would stay in the file.
 * Every node runs it; deleting what another node already deleted is harmless.
 */
class ExpiredBucketsCleanup implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExpiredBucketsCleanup.class);

    private final MongoBucketProxyManager buckets;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rate-limit-cleanup");
        thread.setDaemon(true);
        return thread;
    });

    ExpiredBucketsCleanup(MongoBucketProxyManager buckets, Duration interval) {
        this.buckets = buckets;
        timer.scheduleWithFixedDelay(this::removeExpired, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void removeExpired() {
        try {
            // Instant.now(), not the application Clock: expiry dates come from Bucket4j's clock, the system's.
            long removed = buckets.removeExpired(Instant.now());
            log.debug("Removed {} expired rate-limit buckets", removed);
        } catch (RuntimeException e) {
            // An exception would cancel the schedule: log it and try again next time (the store may be back).
            log.warn("Could not remove expired rate-limit buckets: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
