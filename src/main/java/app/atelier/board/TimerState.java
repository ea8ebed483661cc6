package app.atelier.board;

import java.time.Duration;
import java.time.Instant;

/**
 * The session's countdown, kept on the server's clock: {@code remainingMs} as of {@code startedAt} while running
 * (null while paused or reset). Every page derives the same remaining time from it.
 */
public record TimerState(long durationMs, long remainingMs, Instant startedAt) {
    public static final Duration DEFAULT = Duration.ofMinutes(5);
    public static final Duration MAX = Duration.ofHours(4);

    public static TimerState reset(Duration duration) {
        return new TimerState(duration.toMillis(), duration.toMillis(), null);
    }

    public boolean running() {
        return startedAt != null;
    }

    public long remainingAt(Instant now) {
        return running() ? Math.max(0, remainingMs - Duration.between(startedAt, now).toMillis()) : remainingMs;
    }

    public TimerState start(Instant now) {
        return running() || remainingMs <= 0 ? this : new TimerState(durationMs, remainingMs, now);
    }

    public TimerState pause(Instant now) {
        return running() ? new TimerState(durationMs, remainingAt(now), null) : this;
    }
}
