package app.atelier.capsule;

import app.atelier.base.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** How a prediction turned out. */
public enum Verdict {
    RIGHT, PARTLY, WRONG;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("verdict", "error.capsule.verdict"));
    }
}
