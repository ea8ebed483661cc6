package app.atelier.security;

import app.atelier.base.RateLimitedException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per account, per network address and per person:
 * <ul>
 * <li>failed sign-ins: after a handful per account, or more per address, sign-in waits until the bucket refills;
 * <li>card creation: a burst of a few dozen is fine, a script posting thousands is stopped.
 * </ul>
 * In memory, per node: enough against one attacker on one instance; a cluster would share them (Bucket4j can).
 */
@Component
public class RateLimits {
    /** Past this many keys the maps start afresh: a flood of distinct addresses cannot exhaust memory. */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> signInByAccount = new ConcurrentHashMap<>();
    private final Map<String, Bucket> signInByAddress = new ConcurrentHashMap<>();
    private final Map<String, Bucket> cardsByActor = new ConcurrentHashMap<>();
    private final Supplier<Bucket> accountBucket;
    private final Supplier<Bucket> addressBucket;
    private final Supplier<Bucket> cardBucket;

    RateLimits(@Value("${atelier.rate.sign-in-failures-per-account:10}") int perAccount,
               @Value("${atelier.rate.sign-in-failures-per-address:50}") int perAddress,
               @Value("${atelier.rate.sign-in-window-minutes:15}") int windowMinutes,
               @Value("${atelier.rate.card-burst:60}") int cardBurst,
               @Value("${atelier.rate.cards-per-minute:60}") int cardsPerMinute) {
        Duration window = Duration.ofMinutes(windowMinutes);
        accountBucket = () -> bucket(perAccount, perAccount, window);
        addressBucket = () -> bucket(perAddress, perAddress, window);
        cardBucket = () -> bucket(cardBurst, cardsPerMinute, Duration.ofMinutes(1));
    }

    private static Bucket bucket(int capacity, int refill, Duration period) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(refill, period)).build();
    }

    /** Before checking a password: refuses while this account or address has failed too often. */
    public void checkSignIn(String email, String address) {
        long wait = Math.max(waitNanos(signInByAccount, AccountService.normalise(email), accountBucket),
                waitNanos(signInByAddress, String.valueOf(address), addressBucket));
        if (wait > 0) {
            throw new RateLimitedException(Duration.ofNanos(wait), "error.signIn.tooMany",
                    Math.max(1, Duration.ofNanos(wait).toMinutes() + 1));
        }
    }

    public void signInFailed(String email, String address) {
        take(signInByAccount, AccountService.normalise(email), accountBucket);
        take(signInByAddress, String.valueOf(address), addressBucket);
    }

    /** One card created by this person, or {@link RateLimitedException} if they are going too fast. */
    public void cardCreated(String actorId) {
        ConsumptionProbe probe = take(cardsByActor, actorId, cardBucket);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()), "error.cards.tooMany");
        }
    }

    private static long waitNanos(Map<String, Bucket> buckets, String key, Supplier<Bucket> factory) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return 0;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private static ConsumptionProbe take(Map<String, Bucket> buckets, String key, Supplier<Bucket> factory) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> factory.get()).tryConsumeAndReturnRemaining(1);
    }
}
