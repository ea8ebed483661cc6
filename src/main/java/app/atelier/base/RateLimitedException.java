package app.atelier.base;

import java.time.Duration;

/** Too many attempts in too little time; {@code retryAfter} says when the next one will be accepted. */
public class RateLimitedException extends LocalizedException {
    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter, String messageKey, Object... args) {
        super(messageKey, args);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
