package app.atelier.history;

import java.time.Instant;

/**
 * One line of a board's history: when, who (null on an anonymous board, or for the system), what kind of change, and
 * the card it touched with its text then (or the phase, for a session change).
 */
public record Change(long seq, Instant at, String who, Kind kind, String cardId, String zone, String text) {
    public enum Kind {
        ADDED, EDITED, MOVED, DELETED, COMMENTED, PHASE, SESSION;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
