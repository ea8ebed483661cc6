package app.atelier.board;

import java.util.Map;

/** What a person gives to add a card. Only {@code zone} and {@code text} are required. */
public record NewCard(String zone, String text, Map<String, String> fields, String color, Double x, Double y) {
    public static NewCard of(String zone, String text) {
        return new NewCard(zone, text, null, null, null, null);
    }
}
