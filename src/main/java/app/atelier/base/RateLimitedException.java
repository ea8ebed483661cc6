package app.atelier.base;

import io.micrometer.core.instrument.Metrics;
import java.time.Duration;

/**
 * Too many attempts in too little time; {@code retryAfter} says when the next one will be accepted. Every refusal is
 * counted as {@code atelier.rate.refusals}, tagged with the limit (its message key): the limits live in several
 * features, a refusal is made only here, and Spring Boot's registry (Prometheus) is part of Micrometer's global one.
 */
public class RateLimitedException extends LocalizedException {
    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter, String messageKey, Object... args) {
        super(messageKey, args);
        this.retryAfter = retryAfter;
        Metrics.counter("atelier.rate.refusals", "limit", messageKey).increment();
    }

    /** Whole seconds, at least one: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
