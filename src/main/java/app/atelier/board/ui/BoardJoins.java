package app.atelier.board.ui;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * {@code atelier.board.join}: a full participant's join, from opening the board's address to the whole board sent
 * to their page (the browser loading the app and its canvas asking for the board included), as the server sees it.
 */
@Component
class BoardJoins {
    private final Timer joins;

    BoardJoins(MeterRegistry metrics) {
        this.joins = Timer.builder("atelier.board.join")
                .description("A person opening a board: from the address to the whole board sent to their page")
                .publishPercentileHistogram().register(metrics);
    }

    /** A join that started at {@code startedNanos} ({@link System#nanoTime()}) is complete now. */
    void completed(long startedNanos) {
        joins.record(System.nanoTime() - startedNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
