package app.atelier.board;

import java.util.Locale;

/** What the group decided about a card: agreed (part of the strategy, and locked) or set aside. */
public enum CardStatus {
    AGREED, SET_ASIDE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CardStatus fromId(String id) {
        for (CardStatus status : values()) {
            if (status.id().equals(id)) {
                return status;
            }
        }
        return null;
    }
}
