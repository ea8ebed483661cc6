package app.atelier.template;

/** A typed field of the cards in a zone (e.g. the {@code impact} of a fail sheet). The main field is the card's text. */
public record FieldDefinition(String id, boolean main) {
}
