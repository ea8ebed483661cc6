package app.atelier.action;

import app.atelier.base.InvalidInputException;
import java.util.Arrays;

/** Where an action stands. */
public enum ActionStatus {
    TO_DO("todo"), IN_PROGRESS("in-progress"), DONE("done"), DROPPED("dropped");

    private final String id;

    ActionStatus(String id) {
        this.id = id;
    }

    /** Its name in the API, the calendar and the translations. */
    public String id() {
        return id;
    }

    /** Still to be carried out: what can be late. */
    public boolean open() {
        return this == TO_DO || this == IN_PROGRESS;
    }

    public static ActionStatus fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "error.action.status"));
    }
}
