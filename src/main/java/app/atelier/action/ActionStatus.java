package app.atelier.action;

import app.atelier.base.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** Where an action stands. */
public enum ActionStatus {
    TODO, IN_PROGRESS, DONE, DROPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Still to be carried out: what can be late. */
    public boolean open() {
        return this == TODO || this == IN_PROGRESS;
    }

    public static ActionStatus fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "error.action.status"));
    }
}
