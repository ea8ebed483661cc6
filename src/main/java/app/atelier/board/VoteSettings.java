package app.atelier.board;

import jakarta.annotation.Nullable;
/**
 * The dot-vote of a board. {@code round} counts the votes opened so far (0: never); while {@code open}, members
 * who write spend up to {@code budget} dots, at most {@code maxPerCard} on one card (null: no limit). With
 * {@code hideTotals}, nobody sees the totals until the vote closes. A closed vote is frozen.
 */
public record VoteSettings(boolean open, int budget, @Nullable Integer maxPerCard, boolean hideTotals, int round) {
    public static final int DEFAULT_BUDGET = 5;
    public static final int MAX_BUDGET = 100;

    public static VoteSettings none() {
        return new VoteSettings(false, DEFAULT_BUDGET, null, false, 0);
    }

    /** Whether totals may be shown now. */
    public boolean totalsVisible() {
        return !(open && hideTotals);
    }

    /** Whether the cards show their totals: once a round has begun, unless they are hidden until it closes. */
    public boolean totalsShown() {
        return round > 0 && totalsVisible();
    }
}
