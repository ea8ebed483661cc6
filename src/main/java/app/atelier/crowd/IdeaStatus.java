package app.atelier.crowd;

import app.atelier.base.InvalidInputException;
import java.util.Arrays;

/** Where an idea from the crowd stands: waiting for a moderator, on the board, merged into a card, or rejected. */
public enum IdeaStatus {
    WAITING("waiting"), ON_BOARD("on-board"), MERGED("merged"), REJECTED("rejected");

    private final String id;

    IdeaStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static IdeaStatus fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "error.crowd.status", id));
    }
}
