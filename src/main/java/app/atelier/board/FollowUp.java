package app.atelier.board;

import jakarta.annotation.Nullable;
import java.time.Instant;

/**
 * Whether a follow-up of the action plan is running (the plan open on every page, gone through live with the group),
 * and since when. Changes of the plan itself travel as {@link BoardEvent.PlanChanged}.
 */
public record FollowUp(Boolean active, @Nullable Instant startedAt) {
    public static final FollowUp NONE = new FollowUp(false, null);

    public FollowUp {
        active = active != null && active;
    }
}
