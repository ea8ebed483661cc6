package app.atelier.board;

import java.util.List;

/**
 * Crowd mode on a board: phones join with a short {@code code} (or its QR code on the wall display), with no account,
 * and see only the step the facilitator chose: wait; write an idea into {@code zone} (at most {@code maxChars}); or
 * vote, {@code dots} dots each, on the {@code shortlist} of cards the facilitator picked ({@code round} counts the
 * votes, so each has its own ballots). With {@code moderated}, ideas wait in the facilitators' queue before they
 * reach the board.
 */
public record Crowd(boolean on, String code, Step step, String zone, int maxChars, boolean moderated,
                    List<String> shortlist, int dots, int round) {
    public static final int DEFAULT_MAX_CHARS = 280;
    public static final int MAX_CHARS = 1000;
    public static final int DEFAULT_DOTS = 3;
    public static final int MAX_DOTS = 10;
    public static final Crowd OFF = new Crowd(false, null, Step.WAIT, null, DEFAULT_MAX_CHARS, false, List.of(),
            DEFAULT_DOTS, 0);

    /** What the phones show now. */
    public enum Step {
        WAIT("wait"), WRITE("write"), VOTE("vote");

        private final String id;

        Step(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Crowd {
        step = step == null ? Step.WAIT : step;
        maxChars = maxChars <= 0 ? DEFAULT_MAX_CHARS : maxChars;
        shortlist = shortlist == null ? List.of() : List.copyOf(shortlist);
        dots = dots <= 0 ? DEFAULT_DOTS : dots;
    }

    /** Whether a phone may send an idea now. */
    public boolean writing() {
        return on && step == Step.WRITE && zone != null;
    }

    /** Whether phones may vote now (round {@link #round}). */
    public boolean voting() {
        return on && step == Step.VOTE && !shortlist.isEmpty();
    }
}
