package app.atelier.jury;

import java.util.Map;

/**
 * One card's place in the results: its average mark per criterion (over the jurors who gave one), their sum, and how
 * many jurors marked it.
 */
public record Ranking(int place, String cardId, String text, Map<String, Double> averages, double total, int jurors) {
}
