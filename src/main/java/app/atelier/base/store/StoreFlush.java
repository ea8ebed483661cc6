package app.atelier.base.store;

/**
 * Makes what was written so far survive the process being killed. The embedded store commits to its file in the
 * background (every {@code atelier.commit-interval-ms}); a change that other people were told about must not be lost
 * by a {@code kill -9} just after, or its number in the board's event log would be handed out again. A real MongoDB
 * acknowledges writes durably already (write concern majority, journaled): there this does nothing.
 */
@FunctionalInterface
public interface StoreFlush {
    StoreFlush NONE = () -> { };

    void flush();
}
