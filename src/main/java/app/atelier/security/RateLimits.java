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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) that keep one person, account or network address from flooding Atelier. Each limit is a
 * burst (what may happen at once) refilled at a steady rate; past it the caller gets {@link RateLimitedException}
 * (HTTP 429 with Retry-After, a message in the UI). Every limit is tunable with an {@code atelier.rate.*} property
 * (see the README's Security section).
 * <ul>
 * <li>Frequent, per person, in this node's memory (a person's pages stay on one node, sticky sessions): cards
 * created, card edits, comments.
 * <li>Rare, shared by every node through the database ({@link MongoBucketProxyManager}), so spreading requests over
 * nodes buys nothing: failed sign-ins per account and per address, imports per account, API tokens per account,
 * guests per address.
 * </ul>
 */
@Component
public class RateLimits {
    private final ProxyManager<String> shared;
    private final BucketConfiguration signInsPerAccount;
    private final BucketConfiguration signInsPerAddress;
    private final BucketConfiguration importsPerAccount;
    private final BucketConfiguration tokensPerAccount;
    private final BucketConfiguration guestsPerAddress;
    private final PerPerson cards;
    private final PerPerson edits;
    private final PerPerson comments;

    /** Sign-in and card limits as given, the others at their defaults (tests of those two). */
    RateLimits(ProxyManager<String> shared, int signInsPerAccount, int signInsPerAddress, int signInWindowMinutes,
               int cardBurst, int cardsPerMinute) {
        this(shared, signInsPerAccount, signInsPerAddress, signInWindowMinutes, cardBurst, cardsPerMinute, 60, 120, 20,
                20, 10, 10, 100);
    }

    @Autowired
    RateLimits(ProxyManager<String> shared,
               @Value("${atelier.rate.sign-in-failures-per-account:10}") int signInsPerAccount,
               @Value("${atelier.rate.sign-in-failures-per-address:50}") int signInsPerAddress,
               @Value("${atelier.rate.sign-in-window-minutes:15}") int signInWindowMinutes,
               @Value("${atelier.rate.card-burst:60}") int cardBurst,
               @Value("${atelier.rate.cards-per-minute:60}") int cardsPerMinute,
               @Value("${atelier.rate.edit-burst:60}") int editBurst,
               @Value("${atelier.rate.edits-per-minute:120}") int editsPerMinute,
               @Value("${atelier.rate.comment-burst:20}") int commentBurst,
               @Value("${atelier.rate.comments-per-minute:20}") int commentsPerMinute,
               @Value("${atelier.rate.imports-per-hour:10}") int importsPerHour,
               @Value("${atelier.rate.tokens-per-hour:10}") int tokensPerHour,
               @Value("${atelier.rate.guests-per-address-per-hour:100}") int guestsPerHour) {
        this.shared = shared;
        Duration signInWindow = Duration.ofMinutes(signInWindowMinutes);
        this.signInsPerAccount = shared(signInsPerAccount, signInWindow);
        this.signInsPerAddress = shared(signInsPerAddress, signInWindow);
        this.importsPerAccount = shared(importsPerHour, Duration.ofHours(1));
        this.tokensPerAccount = shared(tokensPerHour, Duration.ofHours(1));
        this.guestsPerAddress = shared(guestsPerHour, Duration.ofHours(1));
        this.cards = new PerPerson(limit(cardBurst, cardsPerMinute, Duration.ofMinutes(1)), "error.cards.tooMany");
        this.edits = new PerPerson(limit(editBurst, editsPerMinute, Duration.ofMinutes(1)), "error.edits.tooMany");
        this.comments = new PerPerson(limit(commentBurst, commentsPerMinute, Duration.ofMinutes(1)),
                "error.comments.tooMany");
    }

    private static Bandwidth limit(int capacity, int refill, Duration period) {
        return Bandwidth.builder().capacity(capacity).refillGreedy(refill, period).build();
    }

    private static BucketConfiguration shared(int perWindow, Duration window) {
        return BucketConfiguration.builder().addLimit(limit(perWindow, perWindow, window)).build();
    }

    // --- sign-in ---

    /** Before checking a password: refuses while this account or address has failed too often. */
    public void checkSignIn(String email, String address) {
        long wait = Math.max(waitNanos(accountKey(email), signInsPerAccount),
                waitNanos(addressKey(address), signInsPerAddress));
        if (wait > 0) {
            throw new RateLimitedException(Duration.ofNanos(wait), "error.signIn.tooMany",
                    Math.max(1, Duration.ofNanos(wait).toMinutes() + 1));
        }
    }

    public void signInFailed(String email, String address) {
        shared.builder().build(accountKey(email), () -> signInsPerAccount).tryConsume(1);
        shared.builder().build(addressKey(address), () -> signInsPerAddress).tryConsume(1);
    }

    private long waitNanos(String key, BucketConfiguration limit) {
        // A key that never failed has no bucket: a mere check must not write one (a read is enough to know).
        if (shared.getProxyConfiguration(key).isEmpty()) {
            return 0;
        }
        EstimationProbe probe = shared.builder().build(key, () -> limit).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    /** Keys of every kind share one collection: the prefix keeps an address from ever naming an account. */
    private static String accountKey(String email) {
        return "sign-in:account:" + AccountService.normalise(email);
    }

    private static String addressKey(String address) {
        return "sign-in:address:" + address;
    }

    // --- what people do on boards ---

    /** One card created by this person, or {@link RateLimitedException} if they are going too fast. */
    public void cardCreated(String actorId) {
        cards.take(actorId);
    }

    /** One change of a card's text, fields, colour or place by this person. */
    public void cardEdited(String actorId) {
        edits.take(actorId);
    }

    /** One comment written by this person. */
    public void commentWritten(String actorId) {
        comments.take(actorId);
    }

    // --- rare and shared by every node ---

    /** One board imported by this account. */
    public void boardImported(String accountId) {
        takeShared("import:account:" + accountId, importsPerAccount, "error.imports.tooMany");
    }

    /** One API token created by this account. */
    public void tokenCreated(String accountId) {
        takeShared("token:account:" + accountId, tokensPerAccount, "error.tokens.tooMany");
    }

    /** One guest created from this network address (re-joining as a new guest buys no new allowance). */
    public void guestCreated(String address) {
        takeShared("guest:address:" + address, guestsPerAddress, "error.guests.tooMany");
    }

    private void takeShared(String key, BucketConfiguration limit, String messageKey) {
        ConsumptionProbe probe = shared.builder().build(key, () -> limit).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw tooMany(probe, messageKey);
        }
    }

    private static RateLimitedException tooMany(ConsumptionProbe probe, String messageKey) {
        Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
        return new RateLimitedException(wait, messageKey, Math.max(1, wait.toSeconds() + 1));
    }

    /** One in-memory bucket per person for one kind of action. */
    private static final class PerPerson {
        /** Past this many keys the map starts afresh: a flood of distinct people cannot exhaust memory. */
        private static final int MAX_KEYS = 100_000;

        private final Bandwidth limit;
        private final String messageKey;
        private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

        PerPerson(Bandwidth limit, String messageKey) {
            this.limit = limit;
            this.messageKey = messageKey;
        }

        void take(String actorId) {
            if (buckets.size() > MAX_KEYS) {
                buckets.clear();
            }
            ConsumptionProbe probe = buckets.computeIfAbsent(actorId, k -> Bucket.builder().addLimit(limit).build())
                    .tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                throw tooMany(probe, messageKey);
            }
        }
    }
}
