package app.atelier.base.store;

/**
 * Makes what was written so far survive the process being killed. The embedded store commits to its file in the
 * background (every {@code atelier.commit-interval-ms}); with {@code atelier.store.flush-events=true} an event is
 * committed before anyone hears of it, so a {@code kill -9} just after cannot take it back (and its number in the
 * board's log cannot be handed out again). A real MongoDB acknowledges writes durably already (write concern
 * majority, journaled): there this does nothing.
 */
@FunctionalInterface
public interface StoreFlush {
    StoreFlush NONE = () -> { };

    void flush();
}
