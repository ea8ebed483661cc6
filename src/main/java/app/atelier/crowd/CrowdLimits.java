package app.atelier.crowd;

import app.atelier.base.RateLimitedException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How fast a phone may send ideas, and how many phones may join from one network address (a whole room behind one
 * NAT is normal: the default is generous). In this node's memory: a phone's connection stays on one node.
 */
@Component
class CrowdLimits {
    private final Bandwidth ideas;
    private final Bandwidth joins;
    private final Bandwidth reactions = Bandwidth.builder().capacity(5).refillGreedy(1, Duration.ofSeconds(1)).build();
    private final ConcurrentMap<String, Bucket> byPhone = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Bucket> reactionsByPhone = new ConcurrentHashMap<>();

    CrowdLimits(@Value("${atelier.crowd.idea-burst:5}") int ideaBurst,
                @Value("${atelier.crowd.ideas-per-minute:10}") int ideasPerMinute,
                @Value("${atelier.crowd.joins-per-address-per-minute:3000}") int joinsPerMinute) {
        this.ideas = Bandwidth.builder().capacity(ideaBurst).refillGreedy(ideasPerMinute, Duration.ofMinutes(1)).build();
        this.joins = Bandwidth.builder().capacity(joinsPerMinute).refillGreedy(joinsPerMinute, Duration.ofMinutes(1))
                .build();
    }

    void idea(String phoneId) {
        take(byPhone.computeIfAbsent(phoneId, id -> Bucket.builder().addLimit(ideas).build()), "error.crowd.tooFast");
    }

    /** Reactions: a few at once, then one a second (applause is a burst, not a flood). */
    void reaction(String phoneId) {
        take(reactionsByPhone.computeIfAbsent(phoneId, id -> Bucket.builder().addLimit(reactions).build()),
                "error.crowd.tooFast");
    }

    void join(String address) {
        take(byAddress.computeIfAbsent(address, a -> Bucket.builder().addLimit(joins).build()),
                "error.crowd.tooManyJoins");
    }

    private static void take(Bucket bucket, String messageKey) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            throw new RateLimitedException(wait, messageKey, Math.max(1, wait.toSeconds() + 1));
        }
    }
}
