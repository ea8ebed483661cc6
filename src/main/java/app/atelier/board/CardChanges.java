package app.atelier.board;

import java.util.Map;

/**
 * A partial change of a card: {@code null} means "leave as is". {@code fields} is merged key by key
 * (a blank value clears that field), so two people editing different fields both keep their words.
 */
public record CardChanges(String zone, String text, Map<String, String> fields, String color, Double x, Double y) {
    public static CardChanges move(String zone, double x, double y) {
        return new CardChanges(zone, null, null, null, x, y);
    }

    public static CardChanges content(String text, Map<String, String> fields, String color) {
        return new CardChanges(null, text, fields, color, null, null);
    }

    boolean isEmpty() {
        return zone == null && text == null && fields == null && color == null && x == null && y == null;
    }
}
