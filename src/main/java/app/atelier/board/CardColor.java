package app.atelier.board;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The sticky-note palette. Stored and sent by its lower-case id. */
public enum CardColor {
    YELLOW, PINK, BLUE, GREEN, ORANGE, PURPLE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<CardColor> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(CardColor::id).toList();
    }
}
