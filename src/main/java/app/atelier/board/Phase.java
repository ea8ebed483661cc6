package app.atelier.board;

import java.util.Locale;

/**
 * Where the workshop stands. The phase decides what participants may do: they write (add, change, move and
 * delete their own cards) only in {@link #WRITE}; in every other phase the board stands still for them while
 * the group presents, discusses, votes and decides. Facilitators may always act.
 */
public enum Phase {
    WRITE, PRESENT, DISCUSS, VOTE, DECIDE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Phase fromId(String id) {
        for (Phase phase : values()) {
            if (phase.id().equals(id)) {
                return phase;
            }
        }
        return null;
    }

    public boolean participantsWrite() {
        return this == WRITE;
    }
}
