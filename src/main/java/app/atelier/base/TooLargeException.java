package app.atelier.base;

/** A request body over a size cap (HTTP 413): it was not read further than the cap. */
public class TooLargeException extends LocalizedException {
    public TooLargeException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
