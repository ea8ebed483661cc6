package app.atelier.board;

import java.time.Instant;
import java.util.List;

/**
 * A time capsule's seal on a board: from sealing until {@code revealAt} its cards, comments, images and event log
 * are encrypted in the vault and nobody can read them; only how many wait, and by whom, is shown. Opening puts them
 * back for everyone at once. {@code keyId} names the key that sealed it (a node with another key cannot open it);
 * {@code openingBy}/{@code openingUntil} are the node opening it and its lease, so one node opens it at a time.
 */
public record CapsuleSeal(State state, Instant revealAt, Instant sealedAt, String sealedBy, int total,
                          List<Contributor> contributors, String keyId, Instant openedAt, String openingBy,
                          Instant openingUntil) {
    public enum State {
        /** Content is being moved into the vault (writes are already refused). */
        SEALING,
        SEALED,
        /** A node is putting the content back. */
        OPENING,
        OPEN
    }

    /** Someone whose contributions wait in the capsule (no names on an anonymous board). */
    public record Contributor(String name, int count) {
    }

    public CapsuleSeal {
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }

    /** Nothing can be read or written until it is open. */
    public boolean isSealed() {
        return state != State.OPEN;
    }
}
