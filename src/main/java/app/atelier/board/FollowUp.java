package app.atelier.board;

import java.time.Instant;

/**
 * The action plan as the session sees it: whether a follow-up is running (the plan open on every page, gone through
 * live with the group) and when an action last changed, so every page brings its plan up to date.
 */
public record FollowUp(Boolean active, Instant startedAt, Instant changedAt) {
    public static final FollowUp NONE = new FollowUp(false, null, null);

    /** A plan changed before any follow-up is stored as its change time alone: not running. */
    public FollowUp {
        active = active != null && active;
    }
}
