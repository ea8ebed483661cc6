package app.atelier.board;

/**
 * Crowd mode on a board: phones join with a short {@code code} (or its QR code on the wall display), with no account,
 * and see only the step the facilitator chose: wait, or write an idea into {@code zone} (at most {@code maxChars}).
 * With {@code moderated}, ideas wait in the facilitators' queue before they reach the board.
 */
public record Crowd(boolean on, String code, Step step, String zone, int maxChars, boolean moderated) {
    public static final int DEFAULT_MAX_CHARS = 280;
    public static final int MAX_CHARS = 1000;
    public static final Crowd OFF = new Crowd(false, null, Step.WAIT, null, DEFAULT_MAX_CHARS, false);

    /** What the phones show now. */
    public enum Step {
        WAIT("wait"), WRITE("write");

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
    }

    /** Whether a phone may send an idea now. */
    public boolean writing() {
        return on && step == Step.WRITE && zone != null;
    }
}
