package app.atelier.base;

/**
 * A user's input broke a rule. {@code field} names the offending input ({@code text}, {@code fields.context}, …);
 * the message is an i18n key so each edge (UI, API) can say it in its user's language.
 */
public class InvalidInputException extends LocalizedException {
    private final String field;

    public InvalidInputException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
