package app.atelier.security;

import app.atelier.base.RateLimitedException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per account, per network address and per person:
 * <ul>
 * <li>failed sign-ins: after a handful per account, or more per address, sign-in waits until the bucket refills;
 * <li>card creation: a burst of a few dozen is fine, a script posting thousands is stopped.
 * </ul>
 * Sign-in buckets are shared by every node ({@link MongoBucketProxyManager}, in the database): an attacker who spreads
 * guesses over several nodes gets one budget, not one per node. Card buckets stay in memory, per node: a person's
 * pages stay on one node (sticky sessions), and a card is created far more often than a sign-in fails.
 */
@Component
public class RateLimits {
    /** Past this many keys the card map starts afresh: a flood of distinct people cannot exhaust memory. */
    private static final int MAX_KEYS = 100_000;

    private final ProxyManager<String> shared;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perAddress;
    private final Bandwidth perActor;
    private final Map<String, Bucket> cardsByActor = new ConcurrentHashMap<>();

    RateLimits(ProxyManager<String> shared,
               @Value("${atelier.rate.sign-in-failures-per-account:10}") int perAccount,
               @Value("${atelier.rate.sign-in-failures-per-address:50}") int perAddress,
               @Value("${atelier.rate.sign-in-window-minutes:15}") int windowMinutes,
               @Value("${atelier.rate.card-burst:60}") int cardBurst,
               @Value("${atelier.rate.cards-per-minute:60}") int cardsPerMinute) {
        this.shared = shared;
        Duration window = Duration.ofMinutes(windowMinutes);
        this.perAccount = BucketConfiguration.builder().addLimit(limit(perAccount, perAccount, window)).build();
        this.perAddress = BucketConfiguration.builder().addLimit(limit(perAddress, perAddress, window)).build();
        this.perActor = limit(cardBurst, cardsPerMinute, Duration.ofMinutes(1));
    }

    private static Bandwidth limit(int capacity, int refill, Duration period) {
        return Bandwidth.builder().capacity(capacity).refillGreedy(refill, period).build();
    }

    /** Before checking a password: refuses while this account or address has failed too often. */
    public void checkSignIn(String email, String address) {
        long wait = Math.max(waitNanos(accountKey(email), perAccount), waitNanos(addressKey(address), perAddress));
        if (wait > 0) {
            throw new RateLimitedException(Duration.ofNanos(wait), "error.signIn.tooMany",
                    Math.max(1, Duration.ofNanos(wait).toMinutes() + 1));
        }
    }

    public void signInFailed(String email, String address) {
        shared.builder().build(accountKey(email), () -> perAccount).tryConsume(1);
        shared.builder().build(addressKey(address), () -> perAddress).tryConsume(1);
    }

    /** One card created by this person, or {@link RateLimitedException} if they are going too fast. */
    public void cardCreated(String actorId) {
        if (cardsByActor.size() > MAX_KEYS) {
            cardsByActor.clear();
        }
        Bucket bucket = cardsByActor.computeIfAbsent(actorId, k -> Bucket.builder().addLimit(perActor).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()), "error.cards.tooMany");
        }
    }

    private long waitNanos(String key, BucketConfiguration limit) {
        // A key that never failed has no bucket: a mere check must not write one (a read is enough to know).
        if (shared.getProxyConfiguration(key).isEmpty()) {
            return 0;
        }
        EstimationProbe probe = shared.builder().build(key, () -> limit).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    /** Keys of both kinds share one collection: the prefix keeps an address from ever naming an account. */
    private static String accountKey(String email) {
        return "sign-in:account:" + AccountService.normalise(email);
    }

    private static String addressKey(String address) {
        return "sign-in:address:" + address;
    }
}
